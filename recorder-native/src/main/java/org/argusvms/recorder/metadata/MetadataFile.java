package org.argusvms.recorder.metadata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The on-disk form of one camera's ONVIF metadata for one hour (docs/design/onvif-metadata.md): a 16-byte header
 * ({@code "AOM1"}, 4 reserved bytes, the hour's first epoch second), then one record per document: its epoch
 * milliseconds (8 bytes), the length of what follows (4 bytes), the document deflated (raw DEFLATE, so a record
 * stands alone), CRC-32 of the three (4 bytes). Big-endian. Records are only appended, in arrival order; a crash can
 * leave a torn or zero-filled tail, which the checksum exposes: reading stops at the first record that is incomplete
 * or fails its checksum.
 */
final class MetadataFile {

    static final int HEADER_SIZE = 16;
    private static final int MAGIC = 0x414f4d31; // "AOM1"
    private static final int RECORD_OVERHEAD = 8 + 4 + 4;
    /** Far above any document the ingest lets through (256 KiB before deflating). */
    private static final int MAX_STORED_BYTES = 1 << 20;

    private MetadataFile() {
    }

    /** A stored document: its time and XML. */
    record Entry(long epochMillis, byte[] xml) {
    }

    /** The intact records of a file, and where the next one belongs (0: no valid header, start afresh). */
    record Contents(List<Entry> entries, long validLength) {
        static final Contents EMPTY = new Contents(List.of(), 0);
    }

    static ByteBuffer header(long hourStartEpochSecond) {
        return ByteBuffer.allocate(HEADER_SIZE).putInt(MAGIC).putInt(0).putLong(hourStartEpochSecond).flip();
    }

    static ByteBuffer record(long epochMillis, byte[] xml) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(xml);
            deflater.finish();
            byte[] compressed = new byte[xml.length + xml.length / 100 + 64];
            int length = 0;
            while (!deflater.finished()) {
                if (length == compressed.length) {
                    compressed = Arrays.copyOf(compressed, compressed.length * 2);
                }
                length += deflater.deflate(compressed, length, compressed.length - length);
            }
            ByteBuffer record = ByteBuffer.allocate(RECORD_OVERHEAD + length).putLong(epochMillis).putInt(length)
                    .put(compressed, 0, length);
            CRC32 checksum = new CRC32();
            checksum.update(record.array(), 0, record.position());
            return record.putInt((int) checksum.getValue()).flip();
        } finally {
            deflater.end();
        }
    }

    /**
     * The file's intact records whose time lies in [{@code fromMillis}, {@code toMillis}); {@link Contents#validLength}
     * counts every intact record, in the range or not.
     */
    static Contents read(Path file, long hourStartEpochSecond, long fromMillis, long toMillis) throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Contents.EMPTY;
        }
        ByteBuffer bytes = ByteBuffer.wrap(data);
        if (data.length < HEADER_SIZE || bytes.getInt(0) != MAGIC || bytes.getLong(8) != hourStartEpochSecond) {
            return Contents.EMPTY;
        }
        List<Entry> entries = new ArrayList<>();
        CRC32 checksum = new CRC32();
        int offset = HEADER_SIZE;
        while (offset + RECORD_OVERHEAD <= data.length) {
            long epochMillis = bytes.getLong(offset);
            int length = bytes.getInt(offset + 8);
            if (length < 0 || length > MAX_STORED_BYTES || offset + RECORD_OVERHEAD + length > data.length) {
                break;
            }
            checksum.reset();
            checksum.update(data, offset, 12 + length);
            if ((int) checksum.getValue() != bytes.getInt(offset + 12 + length)) {
                break;
            }
            if (epochMillis >= fromMillis && epochMillis < toMillis) {
                byte[] xml = inflate(data, offset + 12, length);
                if (xml == null) {
                    break;
                }
                entries.add(new Entry(epochMillis, xml));
            }
            offset += RECORD_OVERHEAD + length;
        }
        return new Contents(entries, offset);
    }

    private static byte[] inflate(byte[] data, int offset, int length) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data, offset, length);
            byte[] out = new byte[Math.max(256, length * 4)];
            int produced = 0;
            while (!inflater.finished()) {
                if (produced == out.length) {
                    if (out.length >= MAX_STORED_BYTES) {
                        return null;
                    }
                    out = Arrays.copyOf(out, out.length * 2);
                }
                int count = inflater.inflate(out, produced, out.length - produced);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                produced += count;
            }
            return Arrays.copyOf(out, produced);
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
