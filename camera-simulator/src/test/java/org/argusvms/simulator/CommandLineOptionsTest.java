package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;
import org.argusvms.simulator.clip.VideoCodec;
import org.argusvms.simulator.fault.Fault;
import org.junit.jupiter.api.Test;

class CommandLineOptionsTest {

    @Test
    void readsEveryOption() {
        SimulatorConfig config = CommandLineOptions.parse("--port", "9554", "--bind=0.0.0.0", "--cameras", "3",
                "--pattern", "smptebars,life", "--size", "640x360", "--fps", "30", "--gop", "60", "--bitrate", "1.5M",
                "--clip-seconds", "5", "--clip-dir", "/tmp/clips", "--user", "admin", "--password", "secret",
                "--session-timeout", "30").orElseThrow();

        assertEquals(9554, config.port());
        assertTrue(config.bindAddress().isAnyLocalAddress());
        assertEquals(3, config.cameraCount());
        assertEquals(new ClipSpec(TestPattern.SMPTEBARS, 640, 360, 30, 60, 5, 1500), config.clipSpec(0));
        assertEquals(TestPattern.LIFE, config.clipSpec(1).pattern());
        assertEquals(TestPattern.SMPTEBARS, config.clipSpec(2).pattern(), "patterns repeat");
        assertEquals(Path.of("/tmp/clips"), config.clipCacheDirectory());
        assertEquals("admin", config.credentials().orElseThrow().user());
        assertEquals(Duration.ofSeconds(30), config.sessionTimeout());
    }

    @Test
    void stampFramesIsAFlagAndItsPicturesMustHoldTheStamp() {
        SimulatorConfig config = CommandLineOptions.parse("--stamp-frames", "--size", "640x360", "--gop", "100")
                .orElseThrow();

        assertTrue(config.stampFrames());
        assertEquals(640, config.stampSettings().width());
        assertEquals(100, config.stampSettings().gop());
        assertFalse(CommandLineOptions.parse().orElseThrow().stampFrames(), "clips by default");
        IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class,
                () -> CommandLineOptions.parse("--stamp-frames", "--size", "320x180"));
        assertTrue(tooSmall.getMessage().contains("512x32"), tooSmall.getMessage());
    }

    @Test
    void defaultsServeOneHdCameraOnLoopback() {
        SimulatorConfig config = CommandLineOptions.parse().orElseThrow();

        assertEquals(8554, config.port());
        assertTrue(config.bindAddress().isLoopbackAddress());
        assertEquals(new ClipSpec(TestPattern.TESTSRC2, 1280, 720, 25, 25, 10, 2000), config.clipSpec(0));
        assertTrue(config.credentials().isEmpty());
    }

    @Test
    void readsFaultOptions() {
        SimulatorConfig config = CommandLineOptions.parse("--cameras", "2", "--size", "640x360", "--fault",
                "cam2:slow-start", "--fault=cam2:garbage", "--alternate-size", "320x180", "--slow-start-delay", "5",
                "--control-port", "0", "--onvif-port", "8080").orElseThrow();

        assertEquals(Set.of(Fault.SLOW_START, Fault.GARBAGE), config.initialFaults("cam2"));
        assertEquals(Set.of(), config.initialFaults("cam1"));
        assertEquals(320, config.alternateClipSpec(1).width());
        assertEquals(180, config.alternateClipSpec(1).height());
        assertEquals(Duration.ofSeconds(5), config.slowStartDelay());
        assertEquals(0, config.controlPort());
        assertEquals(8080, config.onvifPort());
        assertEquals(-1, CommandLineOptions.parse().orElseThrow().onvifPort(), "ONVIF is off by default");
    }

    @Test
    void namedCamerasServeH265AndTheirAlternateClipToo() {
        SimulatorConfig config = CommandLineOptions.parse("--cameras", "3", "--h265", "cam2,cam3").orElseThrow();

        assertEquals(VideoCodec.H264, config.clipSpec(0).codec());
        assertEquals(VideoCodec.H265, config.clipSpec(1).codec());
        assertEquals(VideoCodec.H265, config.alternateClipSpec(2).codec());
    }

    @Test
    void namedCamerasSendAudioInTheirCodecAndTheOthersNone() {
        SimulatorConfig config = CommandLineOptions.parse("--cameras", "4", "--audio", "cam1=aac, cam2=pcmu",
                "--audio=cam3=none").orElseThrow();

        assertEquals(Optional.of(AudioCodec.AAC), config.audioCodec(0));
        assertEquals(Optional.of(AudioCodec.PCMU), config.audioCodec(1));
        assertEquals(Optional.empty(), config.audioCodec(2));
        assertEquals(Optional.empty(), config.audioCodec(3), "video only unless asked for");
        Map<String, String> named = Map.of("cam1=opus", "'opus'", "cam1", "CAM=CODEC", "cam9=aac", "'cam9'");
        named.forEach((bad, reason) -> {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> CommandLineOptions.parse("--cameras", "4", "--audio", bad));
            assertTrue(error.getMessage().contains(reason), error.getMessage());
        });
    }

    @Test
    void theAlternateSizeDefaultsToHalfWithTheBitRateScaledToTheArea() {
        SimulatorConfig config = CommandLineOptions.parse("--size", "1280x720", "--bitrate", "2M").orElseThrow();

        assertEquals(new ClipSpec(TestPattern.TESTSRC2, 640, 360, 25, 25, 10, 500), config.alternateClipSpec(0));
        assertEquals(-1, config.controlPort(), "no control endpoint unless asked for");
    }

    @Test
    void bitRatesTakeSuffixes() {
        assertEquals(2000, CommandLineOptions.bitrateKbps("2M"));
        assertEquals(1500, CommandLineOptions.bitrateKbps("1500k"));
        assertEquals(800, CommandLineOptions.bitrateKbps("800000"));
    }

    @Test
    void helpYieldsNoConfiguration() {
        assertTrue(CommandLineOptions.parse("--help").isEmpty());
    }

    @Test
    void badInputIsRejectedWithTheOptionNamed() {
        List.of(
                List.of("--port", "eighty", "--port"),
                List.of("--cameras", "0", "camera count"),
                List.of("--size", "1280", "--size"),
                List.of("--size", "1281x720", "even"),
                List.of("--pattern", "plasma", "unknown pattern"),
                List.of("--bitrate", "fast", "--bitrate"),
                List.of("--user", "admin", "--password"),
                List.of("--colour", "red", "unknown option"),
                List.of("--fps", "fps"),
                List.of("--fault", "cam1", "CAMERA:FAULT"),
                List.of("--fault", "cam1:melt", "unknown fault"),
                List.of("--cameras", "2", "--fault", "cam3:stall", "unknown camera"),
                List.of("--slow-start-delay", "60", "slow-start delay"),
                List.of("--alternate-size", "321x180", "even"),
                List.of("--h265", "cam2", "unknown camera"),
                List.of("--h265", "cam1", "--stamp-frames", "H.264 only")
        ).forEach(testCase -> {
            String[] args = testCase.subList(0, testCase.size() - 1).toArray(String[]::new);
            String expected = testCase.get(testCase.size() - 1);
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> CommandLineOptions.parse(args), String.join(" ", args));
            assertTrue(error.getMessage().contains(expected), error.getMessage());
        });
    }
}
