package org.argusvms.connector;

import jakarta.resource.spi.ResourceAdapterInternalException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns the {@code MediaTicketKey} config property into the HMAC key that signs media tickets. */
final class MediaTicketKeys {

    /** HMAC-SHA256 gains nothing from longer keys and loses strength with shorter ones. */
    static final int KEY_BYTES = 32;

    private MediaTicketKeys() {
    }

    /**
     * The configured key, or — when none is configured — a random key generated once and kept (owner-only) in the
     * server's data directory, so tickets stay valid across redeployments and restarts of this node and recorders never
     * hold a stale key. One key per server rather than per adapter instance, also because WildFly creates a second
     * adapter instance for a {@code @ConnectionFactoryDefinition}; tickets it signs must verify with the key the
     * listener hands out. A cluster must configure the key: each node would otherwise generate its own.
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

    /** Initialised on first use, so that a deployment with a configured key never touches the file or the RNG. */
    private static final class GeneratedKey {
        private static final byte[] KEY = loadOrCreate();

        private static byte[] loadOrCreate() {
            String dataDir = System.getProperty("jboss.server.data.dir");
            if (dataDir == null) {
                return random();
            }
            Path file = Path.of(dataDir, "argus", "media-ticket.key");
            try {
                if (Files.exists(file)) {
                    byte[] stored = Base64.getDecoder().decode(Files.readString(file).trim());
                    if (stored.length >= KEY_BYTES) {
                        return stored;
                    }
                }
                byte[] key = random();
                Files.createDirectories(file.getParent());
                Path temporary = file.resolveSibling("media-ticket.key.tmp");
                Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the data directory's own permissions apply
                }
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return key;
            } catch (IOException | IllegalArgumentException e) {
                Logger.getLogger(MediaTicketKeys.class.getName()).log(Level.WARNING,
                        "cannot keep the generated media ticket key in " + file + "; using one for this run only", e);
                return random();
            }
        }

        private static byte[] random() {
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
    }
}
