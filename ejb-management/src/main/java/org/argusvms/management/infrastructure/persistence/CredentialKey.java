package org.argusvms.management.infrastructure.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts camera credentials at rest. An administrator supplies it as the system property
 * {@code argus.credentials.key} (base64, 32 bytes) — required for a cluster; otherwise the first start generates one
 * into the server's data directory (owner-only permissions), so a demo needs no setup.
 */
final class CredentialKey {

    private static volatile SecretKey key;

    private CredentialKey() {
    }

    static SecretKey get() {
        SecretKey current = key;
        if (current == null) {
            synchronized (CredentialKey.class) {
                if (key == null) {
                    key = new SecretKeySpec(load(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private static byte[] load() {
        String configured = System.getProperty("argus.credentials.key");
        if (configured != null && !configured.isBlank()) {
            return decode(configured, "system property argus.credentials.key");
        }
        Path file = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "argus", "credentials.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).trim(), file.toString());
            }
            Files.createDirectories(file.getParent());
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            Files.writeString(file, Base64.getEncoder().encodeToString(generated), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the directory's permissions apply
            }
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the credential key " + file, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes, base64-encoded");
        }
        return bytes;
    }
}
