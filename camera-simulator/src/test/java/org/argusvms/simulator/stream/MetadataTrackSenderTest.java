package org.argusvms.simulator.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.rtp.RtpStream;
import org.junit.jupiter.api.Test;

class MetadataTrackSenderTest {

    @Test
    void sendsADocumentEveryFifthFrameAndAtMotionChangesSplitOverPacketsEndedByTheMarker() throws Exception {
        CapturingTransport transport = new CapturingTransport();
        MetadataTrackSender sender = new MetadataTrackSender(new RtpStream(1, 0, 5000, 107), transport, 25);

        for (int frame = 0; frame < 100; frame++) {
            sender.send(new LiveFrame(frame, Instant.parse("2026-11-26T10:00:00Z").plusMillis(frame * 40L), null));
        }

        List<String> documents = new ArrayList<>();
        List<Integer> timestamps = new ArrayList<>();
        ByteArrayOutputStream open = new ByteArrayOutputStream();
        for (byte[] packet : transport.packets) {
            assertEquals(107, packet[1] & 0x7F);
            open.write(packet, 12, packet.length - 12);
            if ((packet[1] & 0x80) != 0) {
                documents.add(open.toString(StandardCharsets.UTF_8));
                timestamps.add(ByteBuffer.wrap(packet).getInt(4));
                open.reset();
            }
        }
        assertTrue(transport.packets.size() > documents.size(), "documents span several packets");
        // every 5th frame of 100, plus the motion changes at frames 50 (off) which is a 5th frame anyway
        assertEquals(20, documents.size());
        assertEquals(5000 + 3600 * 5, timestamps.get(1), "RTP time of frame 5 on the 90 kHz clock");
        assertTrue(documents.get(0).contains("PropertyOperation=\"Initialized\""));
        assertTrue(documents.get(0).contains("Name=\"IsMotion\" Value=\"true\""));
        assertTrue(documents.get(10).contains("Name=\"IsMotion\" Value=\"false\"") , documents.get(10));
        assertTrue(documents.get(1).contains("<tt:BoundingBox left=\"-0.955\""), documents.get(1));
        assertEquals(5000 + 3600 * 7, sender.timestampAtFrame(7));
    }
}
