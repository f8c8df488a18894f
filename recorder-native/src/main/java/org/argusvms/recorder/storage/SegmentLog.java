package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The segment index on disk: an append-only file of lines {@code <crc32 hex> <json>}, each fsynced before the call
 * returns. A line that fails its checksum (torn by a crash or damaged) is skipped and counted; since every record
 * can be re-derived from the segment files, losing one costs a rescan, never media.
 */
final class SegmentLog implements AutoCloseable {

    /** What the log says: the live records by path, how many lines it has and how many were unreadable. */
    record Contents(Map<String, SegmentRecord> records, int lines, int damagedLines) {

        /** Whether rewriting would shrink the log (removed segments, replaced or damaged lines). */
        boolean compactable() {
            return lines > records.size();
        }
    }

    private final Path file;
    private FileChannel channel;

    SegmentLog(Path file) {
        this.file = file;
    }

    static Contents read(Path file) throws IOException {
        Map<String, SegmentRecord> records = new LinkedHashMap<>();
        int damaged = 0;
        int lines = 0;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Contents(records, 0, 0);
        } catch (MalformedInputException e) {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            JsonObject record = parse(line);
            if (record == null) {
                damaged++;
            } else if ("remove".equals(record.getString("op", ""))) {
                records.remove(record.getString("path", ""));
            } else {
                try {
                    SegmentRecord segment = SegmentRecord.fromJson(record);
                    records.put(segment.path(), segment);
                } catch (RuntimeException e) {
                    damaged++;
                }
            }
        }
        return new Contents(records, lines, damaged);
    }

    void appendAdd(SegmentRecord record) throws IOException {
        append(record.toJson());
    }

    void appendRemove(String path) throws IOException {
        append(Json.createObjectBuilder().add("op", "remove").add("path", path).build());
    }

    /** Replaces the log with exactly these records (compaction after recovery). */
    void rewrite(Collection<SegmentRecord> records) throws IOException {
        rewrite(() -> records);
    }

    /**
     * Replaces the log with the records {@code current} returns, read while appends wait: a record appended after
     * the snapshot is appended to the new file, one added before it is in the snapshot.
     */
    synchronized void rewrite(Supplier<? extends Collection<SegmentRecord>> current) throws IOException {
        closeChannel();
        StringBuilder text = new StringBuilder();
        current.get().forEach(record -> text.append(line(record.toJson())));
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private synchronized void append(JsonObject record) throws IOException {
        if (channel == null) {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        AtomicFiles.writeFully(channel, ByteBuffer.wrap(line(record).getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
    }

    private static String line(JsonObject record) {
        String json = record.toString();
        return String.format("%08x %s", checksum(json), json) + "\n";
    }

    private static JsonObject parse(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        String json = line.substring(space + 1);
        try {
            if (Long.parseLong(line.substring(0, space), 16) != checksum(json)) {
                return null;
            }
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long checksum(String json) {
        CRC32 crc = new CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closeChannel();
    }
}
