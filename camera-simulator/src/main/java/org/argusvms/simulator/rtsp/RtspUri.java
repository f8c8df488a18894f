package org.argusvms.simulator.rtsp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A request URI naming a camera: {@code rtsp://host:port/<camera>} for the whole stream,
 * {@code rtsp://host:port/<camera>/trackID=0} for its video track, {@code .../trackID=1} for its audio track, or
 * {@code .../trackID=2} for its ONVIF metadata track; a camera's sub stream is the camera {@code <camera>/sub}.
 */
record RtspUri(String cameraName, String aggregateUrl, boolean audioTrack, boolean metadataTrack) {

    static final String TRACK_CONTROL = "trackID=0";
    static final String AUDIO_TRACK_CONTROL = "trackID=1";
    static final String METADATA_TRACK_CONTROL = "trackID=2";
    private static final String SUB_STREAM_SUFFIX = "/sub";

    /**
     * @return empty when the URI is well-formed but names no camera at all (such as {@code rtsp://host/a/b})
     * @throws RtspException 400 when the URI is not an absolute rtsp:// URI
     */
    static Optional<RtspUri> parse(String uri) throws RtspException {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new RtspException(RtspStatus.BAD_REQUEST, "malformed request URI");
        }
        if (parsed.getScheme() == null || !parsed.getScheme().toLowerCase(Locale.ROOT).equals("rtsp")
                || parsed.getRawAuthority() == null) {
            throw new RtspException(RtspStatus.BAD_REQUEST, "request URI is not an absolute rtsp:// URI");
        }
        String path = stripSlashes(parsed.getPath() == null ? "" : parsed.getPath());
        boolean audioTrack = path.endsWith("/" + AUDIO_TRACK_CONTROL);
        boolean metadataTrack = path.endsWith("/" + METADATA_TRACK_CONTROL);
        if (path.endsWith("/" + TRACK_CONTROL) || audioTrack || metadataTrack) {
            path = path.substring(0, path.length() - TRACK_CONTROL.length() - 1);
        }
        String mainPath = path.endsWith(SUB_STREAM_SUFFIX)
                ? path.substring(0, path.length() - SUB_STREAM_SUFFIX.length()) : path;
        if (mainPath.isEmpty() || mainPath.contains("/")) {
            return Optional.empty();
        }
        // Userinfo and query are not part of the URL the client resolves track controls against.
        String aggregateUrl = "rtsp://" + hostAndPort(parsed) + "/" + path;
        return Optional.of(new RtspUri(path, aggregateUrl, audioTrack, metadataTrack));
    }

    String trackUrl() {
        return aggregateUrl + "/" + TRACK_CONTROL;
    }

    String audioTrackUrl() {
        return aggregateUrl + "/" + AUDIO_TRACK_CONTROL;
    }

    String metadataTrackUrl() {
        return aggregateUrl + "/" + METADATA_TRACK_CONTROL;
    }

    /** Content-Base for DESCRIBE: relative track controls resolve against it. */
    String contentBase() {
        return aggregateUrl + "/";
    }

    private static String hostAndPort(URI uri) {
        String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return uri.getPort() >= 0 ? host + ":" + uri.getPort() : host;
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
