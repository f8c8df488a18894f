package org.argusvms.simulator.clip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;

import org.argusvms.simulator.audio.AudioCodec;

/**
 * Produces the H.264 and H.265 clips the simulator replays, by running ffmpeg once per {@link ClipSpec} and caching
 * the result. Clips have a fixed GOP and no B-frames, so every frame's PTS equals its DTS.
 */
public final class ClipGenerator {

    public static final Path DEFAULT_CACHE_DIRECTORY =
            Path.of(System.getProperty("user.home"), ".cache", "argus", "clips");

    private static final Logger LOG = Logger.getLogger(ClipGenerator.class.getName());
    private static final Duration FFMPEG_TIMEOUT = Duration.ofMinutes(3);
    private static final int MAX_ERROR_OUTPUT = 2000;
    /** Serializes generation within this JVM; across JVMs the atomic rename makes concurrent runs harmless. */
    private static final Object GENERATION_LOCK = new Object();

    private final Path cacheDirectory;
    private final String ffmpegCommand;

    public ClipGenerator(Path cacheDirectory) {
        this(cacheDirectory, "ffmpeg");
    }

    public ClipGenerator(Path cacheDirectory, String ffmpegCommand) {
        this.cacheDirectory = cacheDirectory;
        this.ffmpegCommand = ffmpegCommand;
    }

    /** The clip's file, generated first if it is not cached yet. */
    public Path clipFor(ClipSpec spec) throws IOException {
        return cached(spec.cacheFileName(), output -> command(spec, output));
    }

    /**
     * A JPEG of the clip's first picture (same pattern and size), generated first if it is not cached yet: what a
     * camera's snapshot URI serves.
     */
    public Path snapshotFor(ClipSpec spec) throws IOException {
        return cached(spec.snapshotFileName(), output -> snapshotCommand(spec, output));
    }

    private Path cached(String fileName, Function<Path, List<String>> command) throws IOException {
        Path file = cacheDirectory.resolve(fileName);
        if (Files.isRegularFile(file)) {
            return file;
        }
        synchronized (GENERATION_LOCK) {
            if (!Files.isRegularFile(file)) {
                generate(fileName, file, command);
            }
        }
        return file;
    }

    private void generate(String fileName, Path target, Function<Path, List<String>> command) throws IOException {
        Files.createDirectories(cacheDirectory);
        Path partial = Files.createTempFile(cacheDirectory, fileName + ".", ".partial");
        try {
            LOG.info(() -> "generating " + target + " with ffmpeg (once; it is cached)");
            runFfmpeg(command.apply(partial));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A camera's sound of {@code seconds}, generated first if it is not cached yet: a 440 Hz tone that beeps four
     * times a second louder, so that it changes over time and a listener (or an analyser) hears where it is.
     */
    public Path audioClipFor(AudioCodec codec, int seconds) throws IOException {
        String fileName = "beep-" + codec + "-" + codec.sampleRate() + "hz-" + seconds + "s." + codec.fileExtension();
        return cached(fileName, output -> audioCommand(codec, seconds, output));
    }

    List<String> audioCommand(AudioCodec codec, int seconds, Path output) {
        List<String> command = new ArrayList<>(List.of(ffmpegCommand, "-hide_banner", "-loglevel", "error",
                "-nostdin", "-y", "-f", "lavfi", "-i",
                "sine=frequency=440:beep_factor=4:sample_rate=" + codec.sampleRate(),
                "-t", Integer.toString(seconds), "-ac", "1"));
        command.addAll(codec.ffmpegOutputOptions());
        command.add(output.toString());
        return command;
    }

    List<String> snapshotCommand(ClipSpec spec, Path output) {
        return List.of(ffmpegCommand, "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                "-f", "lavfi", "-i", lavfiSource(spec), "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "4",
                "-f", "image2", output.toString());
    }

    List<String> command(ClipSpec spec, Path output) {
        String source = lavfiSource(spec);
        String bitrate = spec.bitrateKbps() + "k";
        List<String> command = new ArrayList<>(List.of(ffmpegCommand, "-hide_banner", "-loglevel", "error",
                "-nostdin", "-y", "-f", "lavfi", "-i", source, "-t", Integer.toString(spec.seconds())));
        command.addAll(spec.codec() == VideoCodec.H265 ? h265Encoder(spec) : h264Encoder(spec));
        command.addAll(List.of("-pix_fmt", "yuv420p", "-tune", "zerolatency",
                "-b:v", bitrate, "-maxrate", bitrate, "-bufsize", bitrate, output.toString()));
        return command;
    }

    /** Fixed GOP (no scene-cut key frames) and no B-frames. */
    private static List<String> h264Encoder(ClipSpec spec) {
        return List.of("-c:v", "libx264", "-profile:v", "high",
                "-g", Integer.toString(spec.gop()), "-keyint_min", Integer.toString(spec.gop()),
                "-sc_threshold", "0", "-bf", "0", "-f", "h264");
    }

    /**
     * Fixed GOP of IDR pictures (closed GOP, no scene cuts), no B-frames, and VPS, SPS and PPS repeated at every key
     * frame, so that a viewer can join at any of them.
     */
    private static List<String> h265Encoder(ClipSpec spec) {
        return List.of("-c:v", "libx265", "-preset", "veryfast", "-x265-params",
                "keyint=" + spec.gop() + ":min-keyint=" + spec.gop()
                        + ":scenecut=0:bframes=0:open-gop=0:repeat-headers=1:log-level=error",
                "-f", "hevc");
    }

    private static String lavfiSource(ClipSpec spec) {
        return spec.pattern().lavfiSource() + "=size=" + spec.width() + "x" + spec.height() + ":rate=" + spec.fps();
    }

    private void runFfmpeg(List<String> command) throws IOException {
        // ffmpeg's messages go to a file rather than a pipe, so that waiting with a timeout cannot deadlock on it.
        Path messages = Files.createTempFile(cacheDirectory, "ffmpeg-", ".log");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(messages.toFile()).start();
            } catch (IOException e) {
                throw new IOException("cannot run '" + ffmpegCommand + "' to generate a camera clip; install ffmpeg"
                        + " (with libx264 and libx265) or put it on the PATH: " + e.getMessage(), e);
            }
            awaitSuccess(process, messages);
        } finally {
            Files.deleteIfExists(messages);
        }
    }

    private static void awaitSuccess(Process process, Path messages) throws IOException {
        try {
            if (!process.waitFor(FFMPEG_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg did not finish within " + FFMPEG_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating a clip", e);
        }
        if (process.exitValue() != 0) {
            String text = new String(Files.readAllBytes(messages), StandardCharsets.UTF_8).strip();
            throw new IOException("ffmpeg failed with exit code " + process.exitValue() + ": "
                    + text.substring(Math.max(0, text.length() - MAX_ERROR_OUTPUT)));
        }
    }
}
