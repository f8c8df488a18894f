package org.argusvms.recorder.events;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.storage.AtomicFiles;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * An append-only file of outbox records, one per line, each {@code <crc32 hex> <record>}:
 * {@code E <event json>} (an event, fsync'd before {@link #append} returns) or {@code F <seq>} (events up to seq
 * forgotten, written without fsync). Opening replays the file; a last line torn by a crash (incomplete, or failing
 * its checksum) ends the replay and is cut off. Once forgotten records outweigh the kept events, the file is rewritten
 * with the kept events only (temporary file, fsync, rename), so it stays proportional to what is pending.
 */
final class FileEventJournal implements EventJournal {

    private static final Logger LOG = Logger.getLogger(FileEventJournal.class.getName());
    /** Records beyond twice the pending events before the file is rewritten. */
    private static final int COMPACTION_SLACK = 1000;

    private final Path file;
    private final List<RecorderEvent> recovered;
    private FileChannel channel;
    private long records;

    private FileEventJournal(Path file, List<RecorderEvent> recovered) {
        this.file = file;
        this.recovered = recovered;
    }

    /** Replays {@code file} (created if missing) and rewrites it with the events still pending. */
    static FileEventJournal open(Path file) throws IOException {
        FileEventJournal journal = new FileEventJournal(file, replay(file));
        journal.rewrite(journal.recovered);
        return journal;
    }

    private static List<RecorderEvent> replay(Path file) throws IOException {
        String content;
        try {
            // malformed UTF-8 (a torn character) decodes to U+FFFD and then fails its checksum
            content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        boolean complete = content.isEmpty() || content.endsWith("\n");
        String[] lines = content.split("\n");
        Map<Long, RecorderEvent> pending = new LinkedHashMap<>();
        for (int i = 0; i < lines.length && !content.isEmpty(); i++) {
            boolean torn = i == lines.length - 1 && !complete;
            String record = torn ? null : verified(lines[i]);
            if (record == null) {
                int lineNumber = i + 1;
                LOG.warning(() -> "event journal " + file + ": line " + lineNumber + " is incomplete or corrupt (a "
                        + "crash while writing it); the events before it are kept, it and what follows are dropped");
                break;
            }
            apply(record, pending);
        }
        return new ArrayList<>(pending.values());
    }

    /** The record of a line whose checksum holds, else null. */
    private static String verified(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        String record = line.substring(space + 1);
        return line.substring(0, space).equals(checksum(record)) ? record : null;
    }

    /** Applies one intact record; one this version cannot read is skipped with a warning, never fatal. */
    private static void apply(String record, Map<Long, RecorderEvent> pending) {
        try {
            if (record.startsWith("E ")) {
                RecorderEvent event = parse(record.substring(2));
                pending.put(event.seq(), event);
            } else if (record.startsWith("F ")) {
                long upTo = Long.parseLong(record.substring(2));
                pending.keySet().removeIf(seq -> seq <= upTo);
            } else {
                throw new IllegalArgumentException("unknown record kind");
            }
        } catch (RuntimeException | ProtocolException e) {
            LOG.warning(() -> "event journal: skipping an unreadable record (" + e.getMessage() + ")");
        }
    }

    private static RecorderEvent parse(String json) throws ProtocolException {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return RecorderEvent.fromJson(reader.readObject());
        }
    }

    private static String checksum(String record) {
        CRC32 crc = new CRC32();
        crc.update(record.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static byte[] line(String record) {
        return (checksum(record) + " " + record + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String eventRecord(RecorderEvent event) {
        return "E " + event.toJson();
    }

    @Override
    public List<RecorderEvent> recovered() {
        return List.copyOf(recovered);
    }

    @Override
    public synchronized void append(RecorderEvent event) throws IOException {
        write(line(eventRecord(event)));
        channel.force(false);
    }

    @Override
    public synchronized void forget(long upToSeq, Collection<RecorderEvent> stillPending) throws IOException {
        if (records > 2L * stillPending.size() + COMPACTION_SLACK) {
            rewrite(stillPending);
        } else {
            write(line("F " + upToSeq));
        }
    }

    private void write(byte[] bytes) throws IOException {
        if (channel == null) {
            throw new IOException("event journal " + file + " is closed");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        records++;
    }

    /** Replaces the file with just {@code events}, atomically, and appends from there on. */
    private void rewrite(Collection<RecorderEvent> events) throws IOException {
        StringBuilder content = new StringBuilder();
        for (RecorderEvent event : events) {
            content.append(new String(line(eventRecord(event)), StandardCharsets.UTF_8));
        }
        closeChannel();
        AtomicFiles.write(file, content.toString().getBytes(StandardCharsets.UTF_8));
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        records = events.size();
    }

    @Override
    public synchronized void close() {
        closeChannel();
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // appended records were forced already; forget records may be lost, which only causes resends
            }
            channel = null;
        }
    }
}
