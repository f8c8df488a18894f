package org.argusvms.systemtest.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Floor plan pictures for the map tests, and the binary calls of {@code /api/v1/maps/{id}/image}. */
public final class FloorPlans {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FloorPlans() {
    }

    /** A plan-like drawing: light floor, dark walls, so a test (or a person watching it) can tell it was drawn. */
    public static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xe8e4da));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0x333333));
        graphics.fillRect(0, 0, width, 8);
        graphics.fillRect(0, height - 8, width, 8);
        graphics.fillRect(0, 0, 8, height);
        graphics.fillRect(width - 8, 0, 8, height);
        graphics.fillRect(width / 2, 0, 6, height * 2 / 3);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code PUT /maps/{id}/image} with raw bytes; {@code ifMatch} may be null. */
    public static HttpResponse<String> upload(String mapId, String token, String contentType, byte[] content,
                                              String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(imageUri(mapId)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET /maps/{id}/image}; {@code ifNoneMatch} may be null. */
    public static HttpResponse<byte[]> download(String mapId, String token, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(imageUri(mapId)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI imageUri(String mapId) {
        return URI.create(ArgusStack.apiUrl() + "/maps/" + mapId + "/image");
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
