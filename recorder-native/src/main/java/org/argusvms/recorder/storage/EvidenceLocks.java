package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time ranges of cameras that must not be deleted (evidence). Every change is persisted atomically before it takes
 * effect, so an acknowledged lock survives a crash, and a failed write changes nothing. Thread-safe.
 */
public final class EvidenceLocks {

    public record Lock(String lockId, String cameraId, Instant from, Instant to) {

        public Lock {
            if (lockId == null || lockId.isBlank() || lockId.length() > 200) {
                throw new IllegalArgumentException("lockId must be 1 to 200 characters");
            }
            if (cameraId == null || cameraId.isBlank()) {
                throw new IllegalArgumentException("cameraId must not be blank");
            }
            if (from == null || to == null || !to.isAfter(from)) {
                throw new IllegalArgumentException("\"to\" must be after \"from\"");
            }
        }

        boolean covers(SegmentRecord segment) {
            return covers(segment.cameraId(), segment.startMillis(), segment.endMillis());
        }

        boolean covers(String camera, long fromMillis, long toMillis) {
            return cameraId.equals(camera) && from.toEpochMilli() < toMillis && to.toEpochMilli() > fromMillis;
        }

        public JsonObject toJson() {
            return Json.createObjectBuilder().add("lockId", lockId).add("cameraId", cameraId)
                    .add("from", from.toString()).add("to", to.toString()).build();
        }

        static Lock fromJson(JsonObject json) {
            return new Lock(json.getString("lockId"), json.getString("cameraId"),
                    Instant.parse(json.getString("from")), Instant.parse(json.getString("to")));
        }
    }

    private final Path file;
    private final Map<String, Lock> locks = new LinkedHashMap<>();

    private EvidenceLocks(Path file) {
        this.file = file;
    }

    /**
     * Loads the stored locks. An unreadable file is an error, not "no locks": starting without them could let
     * retention delete evidence.
     */
    public static EvidenceLocks load(Path file) throws IOException {
        EvidenceLocks evidence = new EvidenceLocks(file);
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            for (JsonValue lock : reader.readObject().getJsonArray("locks")) {
                Lock parsed = Lock.fromJson(lock.asJsonObject());
                evidence.locks.put(parsed.lockId(), parsed);
            }
        } catch (NoSuchFileException e) {
            // no lock was ever taken
        } catch (RuntimeException e) {
            throw new IOException("evidence lock file " + file + " is unreadable: " + e.getMessage()
                    + "; fix or restore it (retention would otherwise ignore the locks)", e);
        }
        return evidence;
    }

    /** Adds or replaces a lock (same id: idempotent). */
    public synchronized void lock(Lock lock) throws IOException {
        Map<String, Lock> next = new LinkedHashMap<>(locks);
        next.put(lock.lockId(), lock);
        save(next);
        locks.put(lock.lockId(), lock);
    }

    /** Removes a lock; an unknown id succeeds. */
    public synchronized boolean unlock(String lockId) throws IOException {
        if (!locks.containsKey(lockId)) {
            return false;
        }
        Map<String, Lock> next = new LinkedHashMap<>(locks);
        next.remove(lockId);
        save(next);
        locks.remove(lockId);
        return true;
    }

    public synchronized boolean protects(SegmentRecord segment) {
        return locks.values().stream().anyMatch(lock -> lock.covers(segment));
    }

    /** Whether a lock covers any part of the camera's {@code [fromMillis, toMillis)}. */
    public synchronized boolean protectsAny(String cameraId, long fromMillis, long toMillis) {
        return locks.values().stream().anyMatch(lock -> lock.covers(cameraId, fromMillis, toMillis));
    }

    public synchronized List<Lock> all() {
        return List.copyOf(locks.values());
    }

    private void save(Map<String, Lock> next) throws IOException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        next.values().forEach(lock -> array.add(lock.toJson()));
        AtomicFiles.write(file, Json.createObjectBuilder().add("version", 1).add("locks", array).build().toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
