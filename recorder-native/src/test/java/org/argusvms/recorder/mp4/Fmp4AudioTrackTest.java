package org.argusvms.recorder.mp4;

import org.argusvms.recorder.codec.AudioCodec;
import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.Mp4Boxes;
import org.argusvms.recorder.testing.Mp4Boxes.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The audio track of {@link Fmp4Muxer}: boxes as ISO/IEC 14496-12/14 lay them out, and what ffprobe makes of them. */
class Fmp4AudioTrackTest {

    private static final AudioFormat AAC = new AudioFormat(AudioCodec.AAC, 16000, 1, new byte[] {0x14, 0x08});
    private static final AudioFormat PCMU = new AudioFormat(AudioCodec.PCMU, 8000, 1, new byte[0]);

    private final List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, 0);

    @Test
    void theAudioTrakFollowsTheVideoWithAnEsdsCarryingTheAudioSpecificConfig() {
        byte[] init = new Fmp4Muxer(VideoFrame.TIMESCALE).initSegment(frames.get(0).parameterSets(), AAC);

        Box moov = Mp4Boxes.parse(init).get(1);
        assertEquals(List.of("mvhd", "trak", "trak", "mvex"), moov.children().stream().map(Box::type).toList());
        assertEquals(3, moov.child("mvhd").u32(96), "next_track_ID");
        Box audio = moov.children().get(2);
        assertEquals(2, audio.child("tkhd").u32(12), "track id");
        assertEquals(16000, audio.find("mdia", "mdhd").u32(12), "timescale = sample rate");
        assertEquals("soun", new String(bytesOf(audio.find("mdia", "hdlr"), 8, 4)));
        byte[] stsd = bytesOf(audio.find("mdia", "minf", "stbl", "stsd"), 8, -1);
        Box mp4a = Mp4Boxes.parse(stsd).get(0);
        assertEquals("mp4a", mp4a.type());
        assertEquals(1, mp4a.u16(16), "channels");
        assertEquals(16000, mp4a.u32(24) >> 16, "sample rate");
        byte[] esds = bytesOf(Mp4Boxes.parse(bytesOf(mp4a, 28, -1)).get(0), 4, -1);
        byte[] tail = Arrays.copyOfRange(esds, esds.length - 7, esds.length);
        assertEquals("[5, 2, 20, 8, 6, 1, 2]", Arrays.toString(tail), "DecoderSpecificInfo 1408, SLConfig 2");
        assertEquals(2, moov.child("mvex").children().size(), "a trex per track");
    }

    @Test
    void videoOnlyInitSegmentsAreUnchanged() {
        Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);

        assertEquals(Arrays.toString(muxer.initSegment(frames.get(0).parameterSets())),
                Arrays.toString(muxer.initSegment(frames.get(0).parameterSets(), null)));
    }

    @Test
    void ffprobeReadsAacBesideTheVideoForTheSameDuration(@TempDir Path directory) throws Exception {
        List<byte[]> aacFrames = aacFrames(directory);
        Path mp4 = directory.resolve("av.mp4");
        Files.write(mp4, mux(AAC, aacFrames, 1024));

        Ffprobe.AudioReport audio = Ffprobe.probeAudio(mp4);

        assertEquals("aac", audio.codec());
        assertEquals(16000, audio.sampleRate());
        assertEquals(1, audio.channels());
        assertEquals(2.0, Ffprobe.streamSpan(mp4, "v:0"), 0.001);
        assertEquals(2.0, audio.spanSeconds(), 0.07);
        assertEquals("", Ffprobe.decodeErrors(mp4));
    }

    @Test
    void ffprobeReadsG711StoredAsItCame(@TempDir Path directory) throws Exception {
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] samples = new byte[320]; // 40 ms at 8 kHz
            Arrays.fill(samples, (byte) (0x80 + i));
            packets.add(samples);
        }
        Path mp4 = directory.resolve("g711.mp4");
        Files.write(mp4, mux(PCMU, packets, 320));

        Ffprobe.AudioReport audio = Ffprobe.probeAudio(mp4);

        assertEquals("pcm_mulaw", audio.codec());
        assertEquals(8000, audio.sampleRate());
        assertEquals(2.0, audio.spanSeconds(), 0.001);
        assertEquals("", Ffprobe.decodeErrors(mp4));
    }

    /** Init segment and one fragment per second: its 25 video frames and the audio that starts within it. */
    private byte[] mux(AudioFormat format, List<byte[]> audio, int samplesPerFrame) {
        Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(muxer.initSegment(frames.get(0).parameterSets(), format));
        int nextAudio = 0;
        for (int start = 0; start < frames.size(); start += 25) {
            List<Mp4Sample> gop = new ArrayList<>();
            for (VideoFrame frame : frames.subList(start, Math.min(frames.size(), start + 25))) {
                gop.add(new Mp4Sample(frame.sample(), H264Clips.FRAME_TICKS, 0, frame.keyframe()));
            }
            long secondEnd = (long) (start / 25 + 1) * format.sampleRate();
            long audioStart = (long) nextAudio * samplesPerFrame;
            List<Mp4Sample> sound = new ArrayList<>();
            while (nextAudio < audio.size() && (long) nextAudio * samplesPerFrame < secondEnd) {
                sound.add(new Mp4Sample(audio.get(nextAudio++), samplesPerFrame, 0, true));
            }
            file.writeBytes(muxer.fragment(frames.get(start).decodeTime(), gop, audioStart, sound));
        }
        return file.toByteArray();
    }

    /** Two seconds of a 16 kHz tone, AAC-LC from ffmpeg, ADTS headers removed. */
    private static List<byte[]> aacFrames(Path directory) throws IOException, InterruptedException {
        Path adts = directory.resolve("tone.aac");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=16000", "-t", "2", "-ac", "1", "-c:a", "aac", "-f", "adts",
                adts.toString()).redirectErrorStream(true).start();
        ffmpeg.getInputStream().readAllBytes();
        assertEquals(0, ffmpeg.waitFor());
        byte[] bytes = Files.readAllBytes(adts);
        List<byte[]> frames = new ArrayList<>();
        for (int offset = 0; offset + 7 <= bytes.length; ) {
            int length = ((bytes[offset + 3] & 0x03) << 11) | ((bytes[offset + 4] & 0xFF) << 3)
                    | ((bytes[offset + 5] & 0xE0) >> 5);
            frames.add(Arrays.copyOfRange(bytes, offset + 7, offset + length));
            offset += length;
        }
        return frames;
    }

    /** The box's payload from {@code skip}, {@code length} bytes (-1: to its end). */
    private static byte[] bytesOf(Box box, int skip, int length) {
        int available = box.payload().remaining() - skip;
        byte[] bytes = new byte[length < 0 ? available : length];
        box.payload().duplicate().position(skip).get(bytes);
        return bytes;
    }
}
