package org.argusvms.recorder.storage;

import org.argusvms.recorder.mp4.Fmp4Scanner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    public MediaRecovery(StorageLayout layout) {
        this.layout = layout;
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
        List<SegmentRecord> records = new ArrayList<>();
        for (Path file : segmentFiles()) {
            String path = layout.relativePath(file);
            SegmentRecord entry = indexed.remove(path);
            long size = Files.size(file);
            if (entry != null && size == entry.bytes() && !scanEveryFile) {
                records.add(entry);
                continue;
            }
            SegmentRecord scanned = scan(file, path, repair, problems);
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
    private SegmentRecord scan(Path file, String path, boolean repair, List<String> problems) throws IOException {
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
        String cameraId = layout.root().relativize(file).getName(0).toString();
        return new SegmentRecord(cameraId, path, start,
                start + structure.durationTicks() * 1000 / structure.timescale(), structure.samples(),
                structure.keyframes(), structure.validLength());
    }

    private List<Path> segmentFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path camera : children(layout.root())) {
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
        files.sort(null);
        return files;
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
