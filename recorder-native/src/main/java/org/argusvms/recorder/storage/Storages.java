package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.StorageConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The recorder's storages as the management server last configured them (docs/design/storages.md), kept in
 * {@code .recorder/storages.json} so a restarted recorder records into the same directories while WildFly is down.
 * Until a storage set is applied the recorder has one implicit default storage: its main storage directory without
 * retention limits, which is what it always did. Which camera records to which storage comes with each camera's
 * configuration. Thread-safe: the set is replaced atomically; writers read it at the start of every segment.
 */
public final class Storages {

    private static final Logger LOG = Logger.getLogger(Storages.class.getName());
    /** The id of the implicit default storage of a recorder that was never given a storage set. */
    public static final String IMPLICIT_DEFAULT_ID = "default";
    private static final int FORMAT_VERSION = 1;

    private final StorageLayout layout;
    private volatile List<StorageConfiguration> current;
    private final Map<String, String> storageOfCamera = new ConcurrentHashMap<>();

    private Storages(StorageLayout layout, List<StorageConfiguration> current) {
        this.layout = layout;
        this.current = current;
    }

    /** Reads the stored storage set; the implicit default when there is none (or it is unreadable, moved aside). */
    public static Storages load(StorageLayout layout) throws IOException {
        return read(layout, true);
    }

    /** As {@link #load}, but changes nothing on disk (for {@code check} without {@code --repair}). */
    public static Storages inspect(StorageLayout layout) throws IOException {
        return read(layout, false);
    }

    private static Storages read(StorageLayout layout, boolean moveAsideIfUnreadable) throws IOException {
        Path file = layout.storageConfigurationFile();
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            return new Storages(layout, StorageConfiguration.listFromJson(reader.readObject()));
        } catch (NoSuchFileException e) {
            return new Storages(layout, List.of(implicitDefault(layout)));
        } catch (JsonException | ClassCastException | ProtocolException e) {
            if (!moveAsideIfUnreadable) {
                LOG.warning(() -> "storage configuration " + file + " is unreadable: " + e.getMessage());
                return new Storages(layout, List.of(implicitDefault(layout)));
            }
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            LOG.severe(() -> "storage configuration " + file + " is unreadable (" + e.getMessage() + "); moved to "
                    + aside + ", recording into " + layout.root() + " until the management server pushes storages");
            return new Storages(layout, List.of(implicitDefault(layout)));
        }
    }

    private static StorageConfiguration implicitDefault(StorageLayout layout) {
        return new StorageConfiguration(IMPLICIT_DEFAULT_ID, "default", layout.root().toString(), null, null, true);
    }

    public List<StorageConfiguration> all() {
        return current;
    }

    /** The storage of that id; the default one for null or an id not (or no longer) configured. */
    public StorageConfiguration byId(String storageId) {
        List<StorageConfiguration> storages = current;
        StorageConfiguration fallback = null;
        for (StorageConfiguration storage : storages) {
            if (storage.storageId().equals(storageId)) {
                return storage;
            }
            if (storage.defaultStorage()) {
                fallback = storage;
            }
        }
        return fallback;
    }

    /** The storage whose retention governs {@code segment}. */
    public StorageConfiguration storageOf(SegmentRecord segment) {
        return byId(segment.storageId());
    }

    /** The storage the camera records to (as its configuration says). */
    public StorageConfiguration storageOfCamera(String cameraId) {
        return byId(storageOfCamera.get(cameraId));
    }

    /** Records which storage the camera's configuration names (null: the default). */
    public void assign(String cameraId, String storageId) {
        if (storageId == null) {
            storageOfCamera.remove(cameraId);
        } else {
            storageOfCamera.put(cameraId, storageId);
        }
    }

    /** Where the camera's next segment goes. */
    public SegmentTarget target(String cameraId) {
        StorageConfiguration storage = storageOfCamera(cameraId);
        return new SegmentTarget(recordedId(storage), Path.of(storage.path()).toAbsolutePath().normalize());
    }

    /** Segments of the implicit default name no storage, as before storages existed: whichever is default governs them. */
    private static String recordedId(StorageConfiguration storage) {
        return IMPLICIT_DEFAULT_ID.equals(storage.storageId()) ? null : storage.storageId();
    }

    /** Every directory that may hold segments: the main storage directory and each storage's. */
    public Set<Path> roots() {
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(layout.root());
        current.forEach(storage -> roots.add(Path.of(storage.path()).toAbsolutePath().normalize()));
        return roots;
    }

    /** The storage configured with directory {@code root}, or null (a directory no storage uses any more). */
    public String storageIdOfRoot(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        for (StorageConfiguration storage : current) {
            if (Path.of(storage.path()).toAbsolutePath().normalize().equals(normalized)) {
                return recordedId(storage);
            }
        }
        return null;
    }

    /**
     * Replaces the storage set: every directory is created and probed with a test file first, then the set is
     * persisted, then used. Nothing changes when any step fails.
     *
     * @throws IllegalArgumentException naming the storage and why its directory is unusable
     * @throws IOException              if the set could not be persisted
     */
    public synchronized void apply(List<StorageConfiguration> storages) throws IOException {
        Set<Path> directories = new LinkedHashSet<>();
        for (StorageConfiguration storage : storages) {
            Path directory = Path.of(storage.path()).toAbsolutePath().normalize();
            if (directory.startsWith(layout.stateDirectory())) {
                throw new IllegalArgumentException("storage " + storage.name() + ": path " + storage.path()
                        + " is inside the recorder's state directory");
            }
            if (!directories.add(directory)) {
                throw new IllegalArgumentException("storage " + storage.name() + ": path " + storage.path()
                        + " is used by another storage of this recorder");
            }
            probe(storage, directory);
        }
        if (List.copyOf(storages).equals(current)) {
            return;
        }
        AtomicFiles.write(layout.storageConfigurationFile(),
                StorageConfiguration.listToJson(storages).toString().getBytes(StandardCharsets.UTF_8));
        current = List.copyOf(storages);
        LOG.info(() -> "storages: " + current.stream().map(s -> s.name() + " -> " + s.path()).toList());
    }

    private static void probe(StorageConfiguration storage, Path directory) {
        try {
            Files.createDirectories(directory);
            Path probe = directory.resolve(".argus-write-test-" + UUID.randomUUID());
            try {
                Files.write(probe, new byte[] {1}, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.SYNC);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("storage " + storage.name() + ": path " + storage.path()
                    + " cannot be created or written on the recording server (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file, not a directory, is in the way";
        }
        if (e instanceof FileSystemException fileSystemException && fileSystemException.getReason() != null) {
            return fileSystemException.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
