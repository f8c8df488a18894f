package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.argusvms.simulator.audio.AudioCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cameras with sound as ffmpeg meets them: it sets up both tracks, and a three-second recording copied without
 * re-encoding holds the camera's audio, as long as the video (ffmpeg places the tracks by RTP-Info and RTCP).
 */
class AudioClientsIT {

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static CameraSimulator simulator;

    @TempDir
    Path output;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(3).size(640, 360)
                .bitrateKbps(500).audio("cam1", AudioCodec.AAC).audio("cam2", AudioCodec.PCMU)
                .audio("cam3", AudioCodec.PCMA).build());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    @ParameterizedTest
    @CsvSource({"cam1, aac, 16000", "cam2, pcm_mulaw, 8000", "cam3, pcm_alaw, 8000"})
    void ffmpegRecordsTheSoundBesideTheVideoForAsLong(String camera, String codec, String sampleRate)
            throws Exception {
        Path recording = output.resolve(camera + ".mkv");

        ExternalCommand.Result ffmpeg = ExternalCommand.run(CLIENT_TIMEOUT, "ffmpeg", "-v", "error", "-nostdin",
                "-rtsp_transport", "tcp", "-i", simulator.url(camera), "-t", "3", "-c", "copy", recording.toString());

        assertEquals(0, ffmpeg.exitCode(), ffmpeg.output());
        Map<String, String> audio = probe(recording, "a:0", "stream=codec_name,sample_rate,channels");
        assertEquals(codec, audio.get("codec_name"), audio.toString());
        assertEquals(sampleRate, audio.get("sample_rate"));
        assertEquals("1", audio.get("channels"));
        assertEquals("h264", probe(recording, "v:0", "stream=codec_name").get("codec_name"));
        assertEquals(lastPacketTime(recording, "v:0"), lastPacketTime(recording, "a:0"), 0.1,
                "the sound ends with the picture");
    }

    private static Map<String, String> probe(Path file, String stream, String entries) throws Exception {
        ExternalCommand.Result ffprobe = ExternalCommand.run(CLIENT_TIMEOUT, "ffprobe", "-v", "error",
                "-select_streams", stream, "-show_entries", entries, "-of", "default=nw=1", file.toString());
        assertEquals(0, ffprobe.exitCode(), ffprobe.output());
        return ffprobe.keyValues();
    }

    private static double lastPacketTime(Path file, String stream) throws Exception {
        ExternalCommand.Result ffprobe = ExternalCommand.run(CLIENT_TIMEOUT, "ffprobe", "-v", "error",
                "-select_streams", stream, "-show_entries", "packet=pts_time", "-of", "csv=p=0", file.toString());
        assertEquals(0, ffprobe.exitCode(), ffprobe.output());
        return ffprobe.output().lines().filter(line -> !line.isBlank()).mapToDouble(Double::parseDouble).max()
                .orElseThrow();
    }
}
