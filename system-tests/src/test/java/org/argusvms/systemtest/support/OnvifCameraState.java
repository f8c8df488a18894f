package org.argusvms.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The simulator's side of the truth about one of its ONVIF cameras: its PTZ head and relay outputs as the test state
 * endpoint prints them, e.g. {@code ptz: pan=0.5000 tilt=-0.2500 zoom=0.2000 moving=false} and {@code relay1: active}.
 */
public final class OnvifCameraState {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OnvifCameraState() {
    }

    /** The state of the simulated camera {@code simulatorPath} (such as "cam3"), read now. */
    public static String of(String simulatorPath) {
        try {
            return HTTP.send(HttpRequest.newBuilder(ArgusStack.onvifStateUrl(simulatorPath))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
