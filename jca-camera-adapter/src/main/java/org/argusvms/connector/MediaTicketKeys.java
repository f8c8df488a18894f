package org.argusvms.connector;

import jakarta.resource.spi.ResourceAdapterInternalException;

import java.security.SecureRandom;
import java.util.Base64;

/** Turns the {@code MediaTicketKey} config property into the HMAC key that signs media tickets. */
final class MediaTicketKeys {

    /** HMAC-SHA256 gains nothing from longer keys and loses strength with shorter ones. */
    static final int KEY_BYTES = 32;

    private MediaTicketKeys() {
    }

    /**
     * The configured key, or — when none is configured — a random key generated once per deployment of the adapter.
     * One key per deployment rather than per adapter instance, because WildFly creates a second adapter instance for
     * a {@code @ConnectionFactoryDefinition}; tickets it signs must verify with the key the listener hands out.
     *
     * @throws ResourceAdapterInternalException if the configured value is not base64 of at least {@value #KEY_BYTES}
     *                                          bytes (the message never repeats the value: it is a secret)
     */
    static byte[] resolve(String configuredBase64) throws ResourceAdapterInternalException {
        if (configuredBase64 == null || configuredBase64.isBlank()) {
            return GeneratedKey.KEY.clone();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configuredBase64.trim());
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("MediaTicketKey is not valid base64");
        }
        if (key.length < KEY_BYTES) {
            throw new ResourceAdapterInternalException("MediaTicketKey must decode to at least " + KEY_BYTES
                    + " bytes, got " + key.length + "; generate one with: openssl rand -base64 " + KEY_BYTES);
        }
        return key;
    }

    /** Initialised on first use, so that a deployment with a configured key never draws random bytes for nothing. */
    private static final class GeneratedKey {
        private static final byte[] KEY = new byte[KEY_BYTES];

        static {
            new SecureRandom().nextBytes(KEY);
        }
    }
}
