package org.argusvms.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Calls on the recorder's media port with the URLs the API hands out, and ffprobe on what comes back. */
public final class RecordedMedia {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RecordedMedia() {
    }

    /** Appends {@code from} and {@code to} to a recorder URL that carries a ticket. */
    public static String withRange(String url, Instant from, Instant to) {
        return url + "&from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8);
    }

    public static HttpResponse<String> getText(String url) {
        return send(url, HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<Path> download(String url, Path target) {
        return send(url, HttpResponse.BodyHandlers.ofFile(target));
    }

    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The container duration ffprobe reports, in seconds; fails if ffprobe cannot read the file as media. */
    public static double ffprobeDuration(Path file) {
        return Double.parseDouble(ffprobe(file, "-show_entries", "format=duration", "-of", "csv=p=0").strip());
    }

    /** The codec of the first video stream, such as h264. */
    public static String ffprobeVideoCodec(Path file) {
        return ffprobe(file, "-select_streams", "v:0", "-show_entries", "stream=codec_name", "-of", "csv=p=0").strip();
    }

    /** How many video packets (frames) the file holds. */
    public static int ffprobeVideoPackets(Path file) {
        return Integer.parseInt(ffprobe(file, "-select_streams", "v:0", "-count_packets", "-show_entries",
                "stream=nb_read_packets", "-of", "csv=p=0").strip());
    }

    private static String ffprobe(Path file, String... arguments) {
        String[] command = new String[arguments.length + 4];
        command[0] = "ffprobe";
        command[1] = "-v";
        command[2] = "error";
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        command[command.length - 1] = file.toString();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("ffprobe failed on " + file + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> HttpResponse<T> send(String url, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Path tempFile(String suffix) {
        try {
            return Files.createTempFile("argus-", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
