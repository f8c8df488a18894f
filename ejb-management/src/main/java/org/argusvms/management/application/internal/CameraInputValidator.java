package org.argusvms.management.application.internal;

import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** Checks an administrator's camera input field by field, so the first problem is reported next to its field. */
public final class CameraInputValidator {

    static final int MAX_NAME = 200;
    static final int MAX_URL = 1000;
    static final int MAX_CREDENTIAL = 200;
    static final String RECORDING_MODES = "recordingMode must be one of " + Arrays.toString(RecordingMode.values());

    private CameraInputValidator() {
    }

    /** Returns the recording mode to use; throws {@link ValidationException} naming the bad field. */
    public static RecordingMode validate(NewCamera input) {
        if (input == null) {
            throw new ValidationException("body", "a camera object is required");
        }
        validateName("name", input.name());
        if (isBlank(input.streamUrl()) && isBlank(input.onvifAddress())) {
            throw new ValidationException("streamUrl", "streamUrl (rtsp://) or onvifAddress (http(s)://) is required");
        }
        if (!isBlank(input.streamUrl())) {
            validateStreamUrl("streamUrl", input.streamUrl());
        }
        if (!isBlank(input.onvifAddress())) {
            validateOnvifAddress("onvifAddress", input.onvifAddress().strip());
        }
        validateCredentials(input.username(), input.password());
        rtspTransport(input, RtspTransport.TCP);
        if (input.recordingMode() == null) {
            return RecordingMode.ALWAYS;
        }
        try {
            return RecordingMode.valueOf(input.recordingMode().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("recordingMode", RECORDING_MODES);
        }
    }

    /** A required name of at most {@value #MAX_NAME} printable characters, reported as {@code field}. */
    static void validateName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(field, field + " is required");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, field + " must be at most " + MAX_NAME + " printable characters");
        }
    }

    /** Optional user name and password, each at most {@value #MAX_CREDENTIAL} characters; never echoed. */
    static void validateCredentials(String username, String password) {
        if (username != null && username.length() > MAX_CREDENTIAL) {
            throw new ValidationException("username", "username must be at most " + MAX_CREDENTIAL + " characters");
        }
        if (password != null && password.length() > MAX_CREDENTIAL) {
            throw new ValidationException("password", "password must be at most " + MAX_CREDENTIAL + " characters");
        }
    }

    /**
     * The camera's triggered-recording settings: the fields the input gives, the others from {@code current} (the
     * defaults for a new camera, the stored ones for a change). Throws {@link ValidationException} naming the field
     * with the range the recorder accepts, so a bad value never reaches it.
     */
    public static TriggeredRecording triggeredRecording(NewCamera input, TriggeredRecording current) {
        int preBuffer = seconds("preBufferSeconds", input.preBufferSeconds(), current.preBufferSeconds(),
                TriggeredRecording.MAX_PRE_BUFFER_SECONDS);
        int postBuffer = seconds("postBufferSeconds", input.postBufferSeconds(), current.postBufferSeconds(),
                TriggeredRecording.MAX_POST_BUFFER_SECONDS);
        IdleRecording idle = current.idleRecording();
        if (input.idleRecording() != null) {
            try {
                idle = IdleRecording.valueOf(input.idleRecording().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("idleRecording", "idleRecording must be one of "
                        + Arrays.toString(IdleRecording.values()));
            }
        }
        return new TriggeredRecording(preBuffer, postBuffer, idle);
    }

    /** The input's RTP transport, {@code current} when it names none; throws {@link ValidationException} if unknown. */
    public static RtspTransport rtspTransport(NewCamera input, RtspTransport current) {
        if (input.rtspTransport() == null) {
            return current;
        }
        return RtspTransport.parse(input.rtspTransport()).orElseThrow(() -> new ValidationException("rtspTransport",
                "rtspTransport must be " + RtspTransport.choices()));
    }

    /** A camera's second stream as validated: SECONDARY with a URL or ONVIF's second profile, or PRIMARY. */
    public record LiveStream(LiveStreamSource source, String url) {
    }

    /**
     * The camera's second stream from the input, the {@code current} one for what the input leaves out: a
     * {@code liveStreamUrl} alone means SECONDARY, an empty one removes it. Throws {@link ValidationException} naming
     * {@code liveStream} or {@code liveStreamUrl}; SECONDARY needs a URL unless the camera has an ONVIF address.
     */
    public static LiveStream liveStream(NewCamera input, LiveStream current, String onvifAddress) {
        String url = current.url();
        if (input.liveStreamUrl() != null) {
            url = input.liveStreamUrl().isBlank() ? null : input.liveStreamUrl().strip();
            if (url != null) {
                validateStreamUrl("liveStreamUrl", url);
            }
        }
        LiveStreamSource source;
        if (input.liveStream() != null && !input.liveStream().isBlank()) {
            source = LiveStreamSource.parse(input.liveStream()).orElseThrow(() -> new ValidationException(
                    "liveStream", "liveStream must be PRIMARY or SECONDARY"));
        } else if (input.liveStreamUrl() != null) {
            source = url == null ? LiveStreamSource.PRIMARY : LiveStreamSource.SECONDARY;
        } else {
            source = current.source();
        }
        if (source == LiveStreamSource.PRIMARY) {
            if (url != null && input.liveStreamUrl() != null) {
                throw new ValidationException("liveStreamUrl", "liveStreamUrl needs liveStream SECONDARY");
            }
            return new LiveStream(LiveStreamSource.PRIMARY, null);
        }
        if (url == null && isBlank(onvifAddress)) {
            throw new ValidationException("liveStreamUrl", "liveStreamUrl (rtsp://) is required for liveStream"
                    + " SECONDARY, unless the camera has an onvifAddress whose second profile is the live stream");
        }
        return new LiveStream(LiveStreamSource.SECONDARY, url);
    }

    /**
     * The camera field a recorder's refusal is about ("unknown recordingMode EVENT" from a recorder that predates
     * event recording), so the client shows it next to that field; {@code streamUrl}, which only the recorder's
     * drivers can judge, otherwise.
     */
    static String fieldNamedIn(String recorderMessage) {
        return Stream.of("recordingMode", "preBufferSeconds", "postBufferSeconds", "idleRecording", "motion",
                        "rtspTransport", "liveStreamUrl", "liveStream")
                .filter(field -> recorderMessage != null && recorderMessage.contains(field))
                .findFirst().orElse("streamUrl");
    }

    private static int seconds(String field, Integer given, int current, int max) {
        return within(field, given, current, max, " seconds");
    }

    /** {@code given} if it lies in 0..max ({@code unit} for the message, e.g. " seconds"), {@code current} if null. */
    static int within(String field, Integer given, int current, int max, String unit) {
        if (given == null) {
            return current;
        }
        if (given < 0 || given > max) {
            throw new ValidationException(field, field + " must be 0.." + max + unit + ", got " + given);
        }
        return given;
    }

    /** An RTSP URL with a host and without credentials, reported as {@code field}. */
    static void validateStreamUrl(String field, String streamUrl) {
        URI uri = url(field, streamUrl);
        if (!"rtsp".equalsIgnoreCase(uri.getScheme())) {
            throw new ValidationException(field, field + " must start with rtsp://");
        }
        requireHostWithoutCredentials(field, uri);
    }

    /** An ONVIF device service, e.g. http://10.0.0.5/onvif/device_service, reported as {@code field}. */
    static void validateOnvifAddress(String field, String onvifAddress) {
        URI uri = url(field, onvifAddress);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new ValidationException(field, field + " must start with http:// or https://");
        }
        requireHostWithoutCredentials(field, uri);
    }

    /** Parse errors name the position, never repeat the input: it may hold a password. */
    private static URI url(String field, String value) {
        if (value.length() > MAX_URL) {
            throw new ValidationException(field, field + " must be at most " + MAX_URL + " characters");
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new ValidationException(field, field + " is not a valid URL: " + e.getReason());
        }
    }

    private static void requireHostWithoutCredentials(String field, URI uri) {
        if (uri.getHost() == null) {
            throw new ValidationException(field, field + " must name a host");
        }
        if (uri.getUserInfo() != null) {
            throw new ValidationException(field, "put credentials in username and password, not in the URL");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
