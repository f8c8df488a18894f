package org.argusvms.recorder.storage;

import org.argusvms.recorder.mp4.Fmp4Scanner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Brings the segment files and the index into agreement (design: docs/design/media-database.md, "Recovery"): torn
 * fragments are truncated, unplayable files deleted, vanished files forgotten, unindexed files indexed. Without
 * {@code repair} nothing is changed and the problems are only reported.
 */
public final class MediaRecovery {

    private static final Pattern SEGMENT_NAME = Pattern.compile("\\d{1,19}\\.mp4");
    private static final Pattern DAY_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * @param records  the segments as they are (or will be, once repaired) on disk
     * @param problems one human-readable line per inconsistency found
     */
    public record Result(List<SegmentRecord> records, List<String> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private final StorageLayout layout;
    private final Storages storages;

    /** Recovers the storages configured in the layout's state directory (as {@code check} does). */
    public MediaRecovery(StorageLayout layout) {
        this(layout, null);
    }

    public MediaRecovery(StorageLayout layout, Storages storages) {
        this.layout = layout;
        this.storages = storages;
    }

    /**
     * @param scanEveryFile false at recorder startup: files whose size matches their index entry are trusted;
     *                      true for {@code check}: every file's structure is verified
     */
    public Result run(boolean scanEveryFile, boolean repair) throws IOException {
        Path logFile = layout.segmentLogFile();
        SegmentLog.Contents log = SegmentLog.read(logFile);
        List<String> problems = new ArrayList<>();
        if (log.damagedLines() > 0) {
            problems.add("index " + logFile + ": " + log.damagedLines() + " damaged line(s) skipped");
        }
        Map<String, SegmentRecord> indexed = new TreeMap<>(log.records());
        Storages configured = storages != null ? storages : Storages.inspect(layout);
        List<SegmentRecord> records = new ArrayList<>();
        for (Path file : segmentFiles(roots(configured, indexed.values()))) {
            String path = layout.segmentPath(file);
            SegmentRecord entry = indexed.remove(path);
            long size = Files.size(file);
            if (entry != null && size == entry.bytes() && !scanEveryFile) {
                records.add(entry);
                continue;
            }
            String storageId = entry != null ? entry.storageId()
                    : configured.storageIdOfRoot(StorageLayout.rootOfSegment(file));
            SegmentRecord scanned = scan(file, path, storageId, repair, problems);
            if (scanned == null) {
                continue;
            }
            if (entry == null) {
                problems.add(path + ": not in the index");
            } else if (!entry.equals(scanned)) {
                problems.add(path + ": index entry does not match the file (" + entry.bytes() + " bytes indexed, "
                        + scanned.bytes() + " usable)");
            }
            records.add(scanned);
        }
        indexed.keySet().forEach(path -> problems.add(path + ": indexed but the file is missing"));
        if (repair && (!problems.isEmpty() || log.compactable() || !Files.exists(logFile))) {
            try (SegmentLog rewritten = new SegmentLog(logFile)) {
                rewritten.rewrite(records);
            }
        }
        return new Result(List.copyOf(records), List.copyOf(problems));
    }

    /** Reads one segment's structure; truncates a torn tail or deletes an unplayable file when repairing. */
    private SegmentRecord scan(Path file, String path, String storageId, boolean repair, List<String> problems)
            throws IOException {
        Fmp4Scanner.Layout structure = Fmp4Scanner.scan(file);
        if (!structure.playable() || structure.timescale() <= 0) {
            problems.add(path + ": no complete fragment, nothing playable" + (repair ? " (deleted)" : ""));
            if (repair) {
                Files.delete(file);
                AtomicFiles.syncDirectory(file.getParent());
            }
            return null;
        }
        if (structure.hasTornTail()) {
            problems.add(path + ": " + (structure.fileLength() - structure.validLength())
                    + " bytes after the last complete fragment" + (repair ? " (truncated)" : ""));
            if (repair) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(structure.validLength());
                    channel.force(true);
                }
            }
        }
        long start = Long.parseLong(file.getFileName().toString().replace(".mp4", ""));
        String cameraId = file.getParent().getParent().getFileName().toString();
        return new SegmentRecord(cameraId, path, start,
                start + structure.durationTicks() * 1000 / structure.timescale(), structure.samples(),
                structure.keyframes(), structure.validLength(), storageId);
    }

    /**
     * The directories to walk: the main one, every configured storage's, and any other that indexed segments live
     * in (a storage whose path changed or that was removed: its segments stay readable until retention takes them).
     */
    private Set<Path> roots(Storages configured, Collection<SegmentRecord> indexed) {
        Set<Path> roots = new LinkedHashSet<>(configured.roots());
        for (SegmentRecord record : indexed) {
            Path path = Path.of(record.path());
            if (path.isAbsolute() && path.getNameCount() > 3) {
                roots.add(StorageLayout.rootOfSegment(path));
            }
        }
        return roots;
    }

    private List<Path> segmentFiles(Set<Path> roots) throws IOException {
        Set<Path> files = new TreeSet<>();
        for (Path root : roots) {
            addSegmentFiles(root, files);
        }
        return new ArrayList<>(files);
    }

    private static void addSegmentFiles(Path root, Set<Path> files) throws IOException {
        for (Path camera : children(root)) {
            if (!Files.isDirectory(camera) || !StorageLayout.isSafeCameraId(camera.getFileName().toString())) {
                continue;
            }
            for (Path day : children(camera)) {
                if (Files.isDirectory(day) && DAY_NAME.matcher(day.getFileName().toString()).matches()) {
                    for (Path file : children(day)) {
                        if (Files.isRegularFile(file) && SEGMENT_NAME.matcher(file.getFileName().toString()).matches()) {
                            files.add(file);
                        }
                    }
                }
            }
        }
    }

    private static List<Path> children(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(children::add);
        }
        return children;
    }
}
