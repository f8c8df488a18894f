package org.argusvms.recorder.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs ffprobe on a file and reports what a user checking a recording would look at. */
public final class Ffprobe {

    /** The video stream's codec, size, decoded frame count and duration in seconds. */
    public record VideoReport(String codec, int width, int height, long frames, double durationSeconds) {
    }

    /** The audio stream's codec, sample rate and channels, and the span its packets cover in seconds. */
    public record AudioReport(String codec, int sampleRate, int channels, long packets, double spanSeconds) {
    }

    private Ffprobe() {
    }

    /** The first audio stream of the file. */
    public static AudioReport probeAudio(Path file) throws IOException, InterruptedException {
        String json = run(List.of("ffprobe", "-v", "error", "-select_streams", "a:0",
                "-show_entries", "stream=codec_name,sample_rate,channels", "-of", "json", file.toString()));
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject stream = reader.readObject().getJsonArray("streams").getJsonObject(0);
            List<double[]> packets = packetSpans(file, "a:0");
            return new AudioReport(stream.getString("codec_name"), Integer.parseInt(stream.getString("sample_rate")),
                    stream.getInt("channels"), packets.size(), span(packets));
        }
    }

    /** The codec names of the file's streams of one type ("v", "a"), one per line; empty when it has none. */
    public static String streams(Path file, String type) throws IOException, InterruptedException {
        return run(List.of("ffprobe", "-v", "error", "-select_streams", type, "-show_entries", "stream=codec_name",
                "-of", "csv=p=0", file.toString())).strip();
    }

    /** Seconds from the first packet's presentation to the end of the last of a stream ("v:0", "a:0"). */
    public static double streamSpan(Path file, String stream) throws IOException, InterruptedException {
        return span(packetSpans(file, stream));
    }

    /** Each packet's presentation time and duration in seconds, in file order. */
    private static List<double[]> packetSpans(Path file, String stream) throws IOException, InterruptedException {
        String csv = run(List.of("ffprobe", "-v", "error", "-select_streams", stream, "-show_entries",
                "packet=pts_time,duration_time", "-of", "csv=p=0", file.toString()));
        return csv.lines().filter(line -> !line.isBlank()).map(line -> line.trim().split(","))
                .map(fields -> new double[] {Double.parseDouble(fields[0]), secondsOrZero(fields[1])}).toList();
    }

    /** ffprobe says N/A for a duration it does not know (e.g. the first AAC packet, which holds encoder delay). */
    private static double secondsOrZero(String field) {
        return field.equals("N/A") ? 0 : Double.parseDouble(field);
    }

    private static double span(List<double[]> packets) {
        if (packets.isEmpty()) {
            return 0;
        }
        double start = packets.stream().mapToDouble(packet -> packet[0]).min().orElseThrow();
        double end = packets.stream().mapToDouble(packet -> packet[0] + packet[1]).max().orElseThrow();
        return end - start;
    }

    public static VideoReport probe(Path file) throws IOException, InterruptedException {
        String json = run(List.of("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,nb_read_frames,duration", "-of", "json",
                file.toString()));
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject stream = reader.readObject().getJsonArray("streams").getJsonObject(0);
            return new VideoReport(stream.getString("codec_name"), stream.getInt("width"), stream.getInt("height"),
                    Long.parseLong(stream.getString("nb_read_frames")),
                    Double.parseDouble(stream.getString("duration", "0")));
        }
    }

    /** The decode time of every video packet, in seconds, in file order. */
    public static List<Double> packetDecodeTimes(Path file) throws IOException, InterruptedException {
        String csv = run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "packet=dts_time", "-of", "csv=p=0", file.toString()));
        return csv.lines().filter(line -> !line.isBlank()).map(line -> Double.parseDouble(line.trim())).toList();
    }

    /** Whether each video packet is a keyframe, in file order. */
    public static List<Boolean> packetKeyframes(Path file) throws IOException, InterruptedException {
        String csv = run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "packet=flags", "-of", "csv=p=0", file.toString()));
        return csv.lines().filter(line -> !line.isBlank()).map(line -> line.startsWith("K")).toList();
    }

    /** The container's duration in seconds (what players show before reading the media). */
    public static double formatDuration(Path file) throws IOException, InterruptedException {
        return Double.parseDouble(run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                "csv=p=0", file.toString())).trim());
    }

    /** Decodes the whole file; returns ffmpeg's error output (empty when the stream decoded cleanly). */
    public static String decodeErrors(Path file) throws IOException, InterruptedException {
        return run(List.of("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "null", "-"));
    }

    /**
     * Decodes frame number {@code index} (0-based, presentation order) of the file into an image, converting with the
     * BT.709 matrix, as GStreamer does for untagged HD video (ffmpeg would assume BT.601).
     */
    public static BufferedImage frame(Path file, int index) throws IOException, InterruptedException {
        Path png = Files.createTempFile("frame", ".png");
        try {
            run(List.of("ffmpeg", "-v", "error", "-y", "-i", file.toString(),
                    "-vf", "select=eq(n\\," + index + "),scale=in_color_matrix=bt709", "-frames:v", "1", png.toString()));
            return ImageIO.read(png.toFile());
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " timed out");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + text);
        }
        return text;
    }
}
