package org.argusvms.recorder.ingest.rtsp;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A camera's rtsp:// URL split into what the client needs: where to connect, the request URI to send (without the
 * user information a URL may carry) and the credentials in that user information, if any.
 *
 * @param host           host name or address literal, without IPv6 brackets
 * @param userFromUrl    decoded user of the URL's user information, or null
 * @param passwordFromUrl decoded password of the URL's user information, or null
 */
record RtspUrl(String host, int port, String requestUri, String userFromUrl, String passwordFromUrl) {

    static final int DEFAULT_PORT = 554;
    private static final Pattern USER_INFO = Pattern.compile("(?i)(rtsps?://)[^/@\\s]*@");

    static RtspUrl of(URI uri) throws RtspProtocolException {
        if (uri == null || uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase("rtsp")) {
            throw new RtspProtocolException("the java ingest supports rtsp:// URLs only, not "
                    + (uri == null || uri.getScheme() == null ? "this URL" : uri.getScheme() + "://"));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new RtspProtocolException("the stream URL has no host: " + redact(uri.toString()));
        }
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        StringBuilder request = new StringBuilder("rtsp://").append(host);
        if (uri.getPort() >= 0) {
            request.append(':').append(uri.getPort());
        }
        request.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            request.append('?').append(uri.getRawQuery());
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return new RtspUrl(bareHost, port, request.toString(), user, password);
    }

    /** The text with the user information of every rtsp:// URL in it replaced, fit for logs and failure reasons. */
    static String redact(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("$1***@");
    }

    /** host:port as failure reasons name the camera. */
    String authority() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** True if the text is an absolute rtsp:// or rtsps:// URL. */
    static boolean isAbsolute(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("rtsp://") || lower.startsWith("rtsps://");
    }

    /**
     * Resolves an SDP control attribute against the base URL: absolute as is, "*" or empty is the base itself,
     * a path from the root replaces the base's path, anything else is appended as cameras and clients expect.
     */
    static String resolveControl(String base, String control) {
        if (control == null || control.isEmpty() || control.equals("*")) {
            return base;
        }
        if (isAbsolute(control)) {
            return control;
        }
        if (control.startsWith("/")) {
            int authorityEnd = base.indexOf('/', base.indexOf("://") + 3);
            return (authorityEnd < 0 ? base : base.substring(0, authorityEnd)) + control;
        }
        return base.endsWith("/") ? base + control : base + "/" + control;
    }
}
