package org.argusvms.management.application.internal;

import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.RecordingMode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks an administrator's camera input field by field, so the first problem is reported next to its field. */
public final class CameraInputValidator {

    static final int MAX_NAME = 200;
    static final int MAX_URL = 1000;
    static final int MAX_CREDENTIAL = 200;

    private CameraInputValidator() {
    }

    /** Returns the recording mode to use; throws {@link ValidationException} naming the bad field. */
    public static RecordingMode validate(NewCamera input) {
        if (input == null) {
            throw new ValidationException("body", "a camera object is required");
        }
        String name = input.name();
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "name is required");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("name", "name must be at most " + MAX_NAME + " printable characters");
        }
        validateStreamUrl(input.streamUrl());
        if (input.username() != null && input.username().length() > MAX_CREDENTIAL) {
            throw new ValidationException("username", "username must be at most " + MAX_CREDENTIAL + " characters");
        }
        if (input.password() != null && input.password().length() > MAX_CREDENTIAL) {
            throw new ValidationException("password", "password must be at most " + MAX_CREDENTIAL + " characters");
        }
        if (input.recordingMode() == null) {
            return RecordingMode.ALWAYS;
        }
        try {
            return RecordingMode.valueOf(input.recordingMode().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("recordingMode", "recordingMode must be one of ALWAYS, OFF");
        }
    }

    private static void validateStreamUrl(String streamUrl) {
        if (streamUrl == null || streamUrl.isBlank()) {
            throw new ValidationException("streamUrl", "streamUrl is required");
        }
        if (streamUrl.length() > MAX_URL) {
            throw new ValidationException("streamUrl", "streamUrl must be at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(streamUrl);
        } catch (URISyntaxException e) {
            throw new ValidationException("streamUrl", "streamUrl is not a valid URL: " + e.getReason());
        }
        if (!"rtsp".equalsIgnoreCase(uri.getScheme())) {
            throw new ValidationException("streamUrl", "streamUrl must start with rtsp://");
        }
        if (uri.getHost() == null) {
            throw new ValidationException("streamUrl", "streamUrl must name a host");
        }
        if (uri.getUserInfo() != null) {
            throw new ValidationException("streamUrl", "put credentials in username and password, not in the URL");
        }
    }
}
