package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StorageUsage;
import org.argusvms.recorder.support.NamedThreads;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The recorder's media database (docs/design/media-database.md): recovers the storages at startup, keeps the segment
 * index current as cameras record, applies retention (per storage, docs/design/storages.md) and evidence locks, and
 * frees space when a disk fills. Deletions run on one sweeper thread; the index and the log are thread-safe.
 */
public final class MediaDatabase implements SegmentListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MediaDatabase.class.getName());
    /** The log is rewritten after this many removals, so that a long-running recorder's log stays small. */
    static final int COMPACT_AFTER_REMOVALS = 1000;

    private final StorageLayout layout;
    private final EventPublisher events;
    private final Clock clock;
    private final long minFreeBytes;
    private final MediaLock mediaLock;
    private final SegmentLog log;
    private final MediaIndex index;
    private final EvidenceLocks locks;
    private final Storages storages;
    /** Per camera, the optional limits of its own configuration; the storage's limits apply as well. */
    private final Map<String, RetentionPolicy> policies = new ConcurrentHashMap<>();
    private final MetadataRetention metadataRetention;
    private final ScheduledExecutorService sweeper;
    private volatile boolean sweeping;
    /** Per camera, the end of the newest segment deleted since metadata was last pruned. */
    private final Map<String, Long> deletedUpTo = new HashMap<>(); // sweeper thread only
    /** File systems found full and not yet relieved: storage.full is raised once per episode. */
    private final Set<FileStore> fullStores = new HashSet<>(); // sweeper thread only
    private final Map<Path, FileStore> storeOfRoot = new HashMap<>(); // sweeper thread only
    private int removalsSinceCompaction; // sweeper thread only

    private MediaDatabase(StorageLayout layout, EventPublisher events, Clock clock, long minFreeBytes,
                          MediaLock mediaLock, List<SegmentRecord> records, EvidenceLocks locks, Storages storages) {
        this.layout = layout;
        this.events = events;
        this.clock = clock;
        this.minFreeBytes = minFreeBytes;
        this.mediaLock = mediaLock;
        this.log = new SegmentLog(layout.segmentLogFile());
        this.index = new MediaIndex(records);
        this.locks = locks;
        this.storages = storages;
        this.metadataRetention = new MetadataRetention(index, locks);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(new NamedThreads("media-retention"));
    }

    /**
     * Takes ownership of the storage directory, repairs it (truncating torn fragments, reconciling the index) and
     * loads the evidence locks.
     *
     * @throws IOException if another process owns the directory, or the evidence locks are unreadable
     */
    public static MediaDatabase open(StorageLayout layout, EventPublisher events, Clock clock, long minFreeBytes)
            throws IOException {
        MediaLock mediaLock = MediaLock.acquire(layout);
        try {
            Storages storages = Storages.load(layout);
            MediaRecovery.Result recovery = new MediaRecovery(layout, storages).run(false, true);
            recovery.problems().forEach(problem -> LOG.warning(() -> "storage recovery: " + problem));
            LOG.info(() -> "media index: " + recovery.records().size() + " segment(s), "
                    + recovery.problems().size() + " problem(s) repaired");
            return new MediaDatabase(layout, events, clock, minFreeBytes, mediaLock, recovery.records(),
                    EvidenceLocks.load(layout.evidenceLockFile()), storages);
        } catch (IOException | RuntimeException e) {
            mediaLock.close();
            throw e;
        }
    }

    /** Runs retention and the free-space check now and then every {@code interval}. */
    public void startSweeping(Duration interval) {
        sweeping = true;
        sweeper.scheduleWithFixedDelay(this::sweepSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Deletes {@code metadata} (motion grids) together with the media it describes, never where evidence is locked. */
    public void deleteWithMedia(HourlyMetadata metadata) {
        metadataRetention.add(metadata);
    }

    public MediaIndex index() {
        return index;
    }

    public EvidenceLocks locks() {
        return locks;
    }

    public StorageLayout layout() {
        return layout;
    }

    public Storages storages() {
        return storages;
    }

    /**
     * Replaces the storage set (see {@link Storages#apply}); retention runs at once under the new limits. Cameras
     * keep recording: each writes its next segment into the directory of its storage.
     *
     * @throws IllegalArgumentException naming the storage whose directory is unusable; nothing changed
     */
    public List<StorageUsage> applyStorages(List<StorageConfiguration> configurations) throws IOException {
        storages.apply(configurations);
        if (sweeping) {
            sweeper.execute(this::sweepSafely);
        }
        return usage();
    }

    /** Space of each storage's file system, the bytes recorded there and its oldest recording. */
    public List<StorageUsage> usage() {
        Map<String, List<SegmentRecord>> byStorage = segmentsByStorage(index.allSegments());
        List<StorageUsage> usages = new ArrayList<>();
        for (StorageConfiguration storage : storages.all()) {
            List<SegmentRecord> segments = byStorage.getOrDefault(storage.storageId(), List.of());
            long total = 0;
            long free = 0;
            try {
                FileStore store = Files.getFileStore(Path.of(storage.path()));
                total = store.getTotalSpace();
                free = store.getUsableSpace();
            } catch (IOException e) {
                LOG.fine(() -> "no file system figures for storage " + storage.name() + ": " + e.getMessage());
            }
            usages.add(new StorageUsage(storage.storageId(), total,
                    segments.stream().mapToLong(SegmentRecord::bytes).sum(), free,
                    segments.isEmpty() ? null : segments.get(0).start()));
        }
        return usages;
    }

    @Override
    public SegmentTarget placement(String cameraId) {
        return storages.target(cameraId);
    }

    /** Storage figures for the recorder's /health document. */
    public JsonObject health() {
        return Json.createObjectBuilder()
                .add("freeBytes", usableSpace())
                .add("minFreeBytes", minFreeBytes)
                .add("segments", index.finishedCount())
                .add("evidenceLocks", locks.all().size())
                .add("storages", StorageUsage.listToJson(usage()).getJsonArray("storages"))
                .build();
    }

    /** Sets a camera's retention; once sweeping, a changed policy is applied at once rather than at the next sweep. */
    public void setRetention(String cameraId, RetentionPolicy policy) {
        if (!policy.equals(policies.put(cameraId, policy)) && sweeping) {
            sweeper.execute(this::sweepSafely);
        }
    }

    /** Runs a sweep on the sweeper thread and waits for it (tests, and callers that need the effect now). */
    public void sweepNow() {
        try {
            sweeper.submit(this::sweepSafely).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("retention sweep failed", e);
        }
    }

    @Override
    public void segmentGrew(SegmentRecord segment) {
        index.setInProgress(segment);
    }

    @Override
    public void segmentFinished(SegmentRecord segment) {
        index.addFinished(segment);
        try {
            log.appendAdd(segment);
        } catch (IOException e) {
            // the file itself is complete on disk: the next start indexes it from the file
            LOG.log(Level.WARNING, "cannot append " + segment.path() + " to the segment index", e);
        }
    }

    @Override
    public void writeFailed(String cameraId, IOException failure) {
        index.clearInProgress(cameraId);
        Path root = storages.target(cameraId).root();
        sweeper.execute(() -> {
            FileStore store = store(root);
            // Java reports ENOSPC only through the message; free space tells the same where the message differs
            boolean diskFull = store != null && (String.valueOf(failure.getMessage()).contains("No space left on device")
                    || usableSpace(store) < Math.max(minFreeBytes, 1024 * 1024));
            if (diskFull) {
                freeSpace(store, Math.max(minFreeBytes, totalSpace(store) / 10));
                deleteMetadataOfDeletedMedia();
            }
        });
    }

    private void sweepSafely() {
        try {
            applyRetention();
            freeSpaceOnEveryStore();
            deleteMetadataOfDeletedMedia();
            compactLogIfWorthIt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "retention sweep failed", e);
        }
    }

    private void compactLogIfWorthIt() {
        if (removalsSinceCompaction < COMPACT_AFTER_REMOVALS) {
            return;
        }
        try {
            log.rewrite(index::allFinishedSegments);
            removalsSinceCompaction = 0;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot compact the segment index; retrying at the next sweep", e);
        }
    }

    /** A camera's own limits over its segments, then each storage's limits over everything recorded there. */
    private void applyRetention() {
        long now = clock.millis();
        policies.forEach((cameraId, policy) -> expire(index.finishedSegments(cameraId), policy, now));
        Map<String, List<SegmentRecord>> byStorage = segmentsByStorage(index.allFinishedSegments());
        for (StorageConfiguration storage : storages.all()) {
            expire(byStorage.getOrDefault(storage.storageId(), List.of()), RetentionPolicy.of(storage), now);
        }
    }

    /** Deletes the oldest of {@code oldestFirst} while they are too old or too many; evidence neither counts nor goes. */
    private void expire(List<SegmentRecord> oldestFirst, RetentionPolicy policy, long now) {
        if (policy.equals(RetentionPolicy.UNLIMITED)) {
            return;
        }
        List<SegmentRecord> unlocked = oldestFirst.stream().filter(segment -> !locks.protects(segment)).toList();
        long total = unlocked.stream().mapToLong(SegmentRecord::bytes).sum();
        for (SegmentRecord segment : unlocked) {
            boolean expired = policy.maxAge() != null && segment.endMillis() < now - policy.maxAge().toMillis();
            boolean overQuota = policy.maxBytes() != null && total > policy.maxBytes();
            if (!expired && !overQuota) {
                break;
            }
            if (delete(segment)) {
                total -= segment.bytes();
            }
        }
    }

    /** Oldest first within each storage, keyed by the id of the storage whose retention governs them. */
    private Map<String, List<SegmentRecord>> segmentsByStorage(List<SegmentRecord> oldestFirst) {
        Map<String, List<SegmentRecord>> byStorage = new HashMap<>();
        for (SegmentRecord segment : oldestFirst) {
            byStorage.computeIfAbsent(storages.storageOf(segment).storageId(), id -> new ArrayList<>()).add(segment);
        }
        return byStorage;
    }

    /**
     * Metadata goes with the media: up to the newest segment deleted, and for a camera with an age limit the whole
     * hours that limit expired (metadata of hours without any recording, such as motion outside a triggered
     * recording, expires too).
     */
    private void deleteMetadataOfDeletedMedia() {
        long now = clock.millis();
        Map<String, Long> horizons = new HashMap<>(deletedUpTo);
        policies.forEach((cameraId, policy) -> {
            RetentionPolicy storagePolicy = RetentionPolicy.of(storages.storageOfCamera(cameraId));
            for (RetentionPolicy limit : List.of(policy, storagePolicy)) {
                if (limit.maxAge() != null) {
                    horizons.merge(cameraId, MetadataRetention.hourStart(now - limit.maxAge().toMillis()), Math::max);
                }
            }
        });
        horizons.forEach((cameraId, horizon) ->
                metadataRetention.passed(cameraId, horizon, deletedUpTo.containsKey(cameraId)));
        deletedUpTo.clear();
    }

    /** Keeps {@code minFreeBytes} free on the file system of every storage. */
    private void freeSpaceOnEveryStore() {
        Set<FileStore> stores = new LinkedHashSet<>();
        storages.roots().forEach(root -> {
            FileStore store = store(root);
            if (store != null) {
                stores.add(store);
            }
        });
        stores.forEach(store -> freeSpace(store, minFreeBytes));
    }

    /** Deletes the oldest unlocked segments on {@code store}, of any camera and storage, until {@code target} is free. */
    private void freeSpace(FileStore store, long target) {
        long free = usableSpace(store);
        if (free >= target) {
            fullStores.remove(store);
            return;
        }
        int deleted = 0;
        for (SegmentRecord segment : index.allFinishedSegments()) {
            if (free >= target) {
                break;
            }
            if (store.equals(store(rootOf(segment))) && !locks.protects(segment) && delete(segment)) {
                deleted++;
                free = usableSpace(store);
            }
        }
        if (fullStores.add(store) || deleted > 0) {
            long freeBytes = free;
            int deletedSegments = deleted;
            LOG.warning(() -> "storage full (" + store + "): " + freeBytes + " bytes free, deleted " + deletedSegments
                    + " oldest unlocked segment(s)");
            events.publish(RecorderEvent.STORAGE_FULL, null, Map.of("freeBytes", Long.toString(freeBytes),
                    "deletedSegments", Integer.toString(deletedSegments), "fileSystem", store.toString()));
        }
    }

    private Path rootOf(SegmentRecord segment) {
        Path path = Path.of(segment.path());
        return path.isAbsolute() ? StorageLayout.rootOfSegment(path) : layout.root();
    }

    /** The file system of a storage directory; null if the directory is gone. Cached: roots rarely change. */
    private FileStore store(Path root) {
        FileStore store = storeOfRoot.get(root);
        if (store == null) {
            try {
                store = Files.getFileStore(root);
                storeOfRoot.put(root, store);
            } catch (IOException e) {
                return null;
            }
        }
        return store;
    }

    /**
     * Logs the removal, then unlinks: a crash in between leaves a file that recovery indexes and retention deletes
     * again. On a full disk the log append itself may fail; the file goes anyway (space matters more), and recovery
     * drops the entry of a missing file.
     */
    private boolean delete(SegmentRecord segment) {
        try {
            log.appendRemove(segment.path());
        } catch (IOException e) {
            LOG.fine(() -> "cannot log the removal of " + segment.path() + ": " + e.getMessage());
        }
        try {
            Files.deleteIfExists(layout.resolve(segment.path()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + segment.path(), e);
            return false;
        }
        index.remove(segment);
        deletedUpTo.merge(segment.cameraId(), segment.endMillis(), Math::max);
        removalsSinceCompaction++;
        LOG.fine(() -> "deleted " + segment.path());
        return true;
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(layout.root()).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long usableSpace(FileStore store) {
        try {
            return store.getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long totalSpace(FileStore store) {
        try {
            return store.getTotalSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            sweeper.awaitTermination(10, TimeUnit.SECONDS);
            log.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the segment index failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mediaLock.close();
    }

    /** An exclusive flock on {@code .recorder/media.lock}: one owner of the media at a time. */
    public static final class MediaLock implements AutoCloseable {

        private final FileChannel channel;
        private final FileLock lock;

        private MediaLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        public static MediaLock acquire(StorageLayout layout) throws IOException {
            Files.createDirectories(layout.stateDirectory());
            FileChannel channel = FileChannel.open(layout.mediaLockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IOException("storage " + layout.root() + " is in use by another recorder or check");
            }
            return new MediaLock(channel, lock);
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock ends with the process anyway
            }
        }
    }
}
