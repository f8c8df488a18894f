package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.support.NamedThreads;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The recorder's media database (docs/design/media-database.md): recovers the storage at startup, keeps the segment
 * index current as cameras record, applies retention and evidence locks, and frees space when the disk fills.
 * Deletions run on one sweeper thread; the index and the log are thread-safe.
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
    private final Map<String, RetentionPolicy> policies = new ConcurrentHashMap<>();
    private final MetadataRetention metadataRetention;
    private final ScheduledExecutorService sweeper;
    private volatile boolean sweeping;
    /** Per camera, the end of the newest segment deleted since metadata was last pruned. */
    private final Map<String, Long> deletedUpTo = new HashMap<>(); // sweeper thread only
    private boolean storageFull; // sweeper thread only
    private int removalsSinceCompaction; // sweeper thread only

    private MediaDatabase(StorageLayout layout, EventPublisher events, Clock clock, long minFreeBytes,
                          MediaLock mediaLock, List<SegmentRecord> records, EvidenceLocks locks) {
        this.layout = layout;
        this.events = events;
        this.clock = clock;
        this.minFreeBytes = minFreeBytes;
        this.mediaLock = mediaLock;
        this.log = new SegmentLog(layout.segmentLogFile());
        this.index = new MediaIndex(records);
        this.locks = locks;
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
            MediaRecovery.Result recovery = new MediaRecovery(layout).run(false, true);
            recovery.problems().forEach(problem -> LOG.warning(() -> "storage recovery: " + problem));
            LOG.info(() -> "media index: " + recovery.records().size() + " segment(s), "
                    + recovery.problems().size() + " problem(s) repaired");
            return new MediaDatabase(layout, events, clock, minFreeBytes, mediaLock, recovery.records(),
                    EvidenceLocks.load(layout.evidenceLockFile()));
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

    /** Storage figures for the recorder's /health document. */
    public JsonObject health() {
        return Json.createObjectBuilder()
                .add("freeBytes", usableSpace())
                .add("minFreeBytes", minFreeBytes)
                .add("segments", index.finishedCount())
                .add("evidenceLocks", locks.all().size())
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
        // Java reports ENOSPC only through the message; free space tells the same where the message differs
        boolean diskFull = String.valueOf(failure.getMessage()).contains("No space left on device")
                || usableSpace() < Math.max(minFreeBytes, 1024 * 1024);
        if (diskFull) {
            sweeper.execute(() -> {
                freeSpace(Math.max(minFreeBytes, totalSpace() / 10));
                deleteMetadataOfDeletedMedia();
            });
        }
    }

    private void sweepSafely() {
        try {
            applyRetention();
            freeSpace(minFreeBytes);
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

    private void applyRetention() {
        long now = clock.millis();
        policies.forEach((cameraId, policy) -> {
            // evidence is kept outside the quota: locked segments neither count nor go
            List<SegmentRecord> unlocked = index.finishedSegments(cameraId).stream()
                    .filter(segment -> !locks.protects(segment)).toList();
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
        });
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
            if (policy.maxAge() != null) {
                horizons.merge(cameraId, MetadataRetention.hourStart(now - policy.maxAge().toMillis()), Math::max);
            }
        });
        horizons.forEach((cameraId, horizon) ->
                metadataRetention.passed(cameraId, horizon, deletedUpTo.containsKey(cameraId)));
        deletedUpTo.clear();
    }

    /** Deletes the oldest unlocked segments of any camera until {@code target} bytes are free. */
    private void freeSpace(long target) {
        long free = usableSpace();
        if (free >= target) {
            storageFull = false;
            return;
        }
        int deleted = 0;
        for (SegmentRecord segment : index.allFinishedSegments()) {
            if (free >= target) {
                break;
            }
            if (!locks.protects(segment) && delete(segment)) {
                deleted++;
                free = usableSpace();
            }
        }
        if (!storageFull || deleted > 0) {
            storageFull = true;
            long freeBytes = free;
            int deletedSegments = deleted;
            LOG.warning(() -> "storage full: " + freeBytes + " bytes free, deleted " + deletedSegments
                    + " oldest unlocked segment(s)");
            events.publish(RecorderEvent.STORAGE_FULL, null, Map.of("freeBytes", Long.toString(freeBytes),
                    "deletedSegments", Integer.toString(deletedSegments)));
        }
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

    private long totalSpace() {
        try {
            return Files.getFileStore(layout.root()).getTotalSpace();
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
