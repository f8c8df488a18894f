package org.argusvms.connector;

import jakarta.resource.spi.ConnectionRequestInfo;

/**
 * Which recorder a command connection talks to. The pool matches managed connections on it, so a connection is only
 * ever reused for the recorder it was opened to.
 */
public record RecorderConnectionRequestInfo(String host, int port) implements ConnectionRequestInfo {

    public RecorderConnectionRequestInfo {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("recorder host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("recorder port must be 1..65535, got " + port);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
