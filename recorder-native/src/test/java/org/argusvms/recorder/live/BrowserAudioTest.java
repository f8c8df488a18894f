package org.argusvms.recorder.live;

import org.argusvms.recorder.codec.AudioCodec;
import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.mp4.Fmp4Muxer;
import org.argusvms.recorder.mp4.Mp4Sample;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** G.711 on its way to browsers becomes FLAC in MP4: what ffmpeg decodes from it must be what G.711 decodes to. */
class BrowserAudioTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({"PCMU, mulaw", "PCMA, alaw"})
    void g711BecomesLosslessFlacThatFfmpegDecodesToTheSameSamples(AudioCodec codec, String ffmpegFormat)
            throws Exception {
        byte[] g711 = ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:beep_factor=4:sample_rate=8000", "-t", "2",
                "-ac", "1", "-f", ffmpegFormat, "-");
        AudioFormat camera = new AudioFormat(codec, 8000, 1, new byte[0]);
        BrowserAudio audio = BrowserAudio.of(camera);
        List<VideoFrame> video = H264Clips.frames(H264Clips.HIGH_320X180, 0, 0);
        Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
        ByteArrayOutputStream mp4 = new ByteArrayOutputStream();
        mp4.writeBytes(muxer.initSegment(video.get(0).parameterSets(), audio.playable()));
        for (int i = 0; i < video.size(); i++) {
            VideoFrame frame = video.get(i);
            mp4.writeBytes(muxer.fragment(frame.decodeTime(), List.of(new Mp4Sample(frame.sample(),
                    H264Clips.FRAME_TICKS, 0, frame.keyframe()))));
            // 320 samples (40 ms) of sound per 25 fps frame, as the simulator's packets
            AudioFrame sound = new AudioFrame(Arrays.copyOfRange(g711, i * 320, (i + 1) * 320), frame.decodeTime(),
                    camera);
            mp4.writeBytes(muxer.audioFragment(audio.decodeTime(sound), audio.samples(sound)));
        }
        Path file = Files.write(directory.resolve("flac.mp4"), mp4.toByteArray());

        Ffprobe.AudioReport report = Ffprobe.probeAudio(file);
        byte[] fromFlac = ffmpeg("-i", file.toString(), "-map", "0:a", "-f", "s16le", "-");
        Path raw = Files.write(directory.resolve("sound.g711"), Arrays.copyOf(g711, video.size() * 320));
        byte[] fromG711 = ffmpeg("-f", ffmpegFormat, "-ar", "8000", "-ac", "1", "-i", raw.toString(), "-f", "s16le",
                "-");

        assertEquals("flac", report.codec());
        assertEquals(8000, report.sampleRate());
        assertEquals("", Ffprobe.decodeErrors(file));
        assertArrayEquals(fromG711, fromFlac, "lossless: the samples G.711 decodes to");
    }

    @Test
    void aacGoesToBrowsersAsItCameAndOtherCodecsNotAtAll() {
        AudioFormat aac = new AudioFormat(AudioCodec.AAC, 16000, 1, new byte[] {0x14, 0x08});

        assertSame(aac, BrowserAudio.of(aac).playable());
        assertNull(BrowserAudio.of(null));
    }

    private static byte[] ffmpeg(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-nostdin"));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), String.join(" ", command));
        return output;
    }
}
