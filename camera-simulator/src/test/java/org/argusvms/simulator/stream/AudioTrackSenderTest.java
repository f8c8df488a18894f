package org.argusvms.simulator.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.audio.AudioClip;
import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.audio.SyntheticAdts;
import org.argusvms.simulator.rtp.RtpStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioTrackSenderTest {

    @TempDir
    Path directory;

    @Test
    void g711SendsEachVideoFramesPeriodOfSamplesOnTheAudioClock() throws Exception {
        AudioClip clip = AudioClip.load(Files.write(directory.resolve("a.ul"), new byte[8000]), AudioCodec.PCMU);
        RecordingTransport transport = new RecordingTransport(false);
        AudioTrackSender sender = new AudioTrackSender(clip, new RtpStream(1, 0, 1000, 0), transport, 25);

        for (int frame = 0; frame < 3; frame++) {
            sender.send(new LiveFrame(frame, Instant.EPOCH, null));
        }

        List<RecordingTransport.RtpPacket> packets = drain(transport);
        assertEquals(List.of(1000, 1320, 1640), packets.stream().map(RecordingTransport.RtpPacket::timestamp).toList(),
                "320 samples (40 ms at 8 kHz) per 25 fps frame");
        assertEquals(1000 + 320 * 7, sender.timestampAtFrame(7), "RTP-Info names the instant of the video frame");
    }

    @Test
    void aacPacketsCarryTheFramesThatStartInTheVideoFramesPeriod() throws Exception {
        AudioClip clip = AudioClip.load(SyntheticAdts.write(directory.resolve("a.adts"), 40, 20, 8), AudioCodec.AAC);
        CapturingTransport transport = new CapturingTransport();
        AudioTrackSender sender = new AudioTrackSender(clip, new RtpStream(1, 0, 0, 97), transport, 25);

        for (int frame = 0; frame < 25; frame++) {
            sender.send(new LiveFrame(frame, Instant.EPOCH, null));
        }

        int units = 0;
        long expectedTimestamp = 0;
        for (byte[] packet : transport.packets) {
            ByteBuffer buffer = ByteBuffer.wrap(packet);
            assertEquals(97, packet[1] & 0x7F);
            assertEquals(expectedTimestamp, buffer.getInt(4), "timestamps count 1024 samples per AAC frame");
            int auHeaders = (buffer.getShort(12) & 0xFFFF) / 16;
            for (int i = 0; i < auHeaders; i++) {
                assertEquals(20 << 3, buffer.getShort(14 + 2 * i) & 0xFFFF, "13-bit size, index 0");
            }
            units += auHeaders;
            expectedTimestamp += 1024L * auHeaders;
        }
        assertEquals(16, units, "one second at 16 kHz starts 16 frames of 1024 samples");
    }

    private static List<RecordingTransport.RtpPacket> drain(RecordingTransport transport) {
        List<RecordingTransport.RtpPacket> packets = new ArrayList<>();
        transport.rtp.drainTo(packets);
        return packets;
    }
}
