package org.argusvms.recorder.motion;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The on-disk form of one camera's motion grids for one hour (docs/design/motion-detection.md): a 16-byte header
 * ({@code "AMG1"}, grid columns, rows, record size, the hour's first epoch second), then one 30-byte record per
 * second that had motion: second of the hour (2 bytes), the {@link GridCells} (24 bytes), CRC-32 of those 26 bytes
 * (4 bytes). Big-endian. Records are only appended; a crash can leave a torn or zero-filled tail, which the checksum
 * exposes: reading stops at the first record that is incomplete or fails its checksum.
 */
final class MotionGridFile {

    static final int HEADER_SIZE = 16;
    static final int RECORD_SIZE = 2 + GridCells.BYTES + 4;
    static final int CELLS_OFFSET = 2;
    private static final int MAGIC = 0x414d4731; // "AMG1"

    /** The file's bytes and how many of its records are intact; {@link #EMPTY} for a missing or foreign file. */
    record Contents(ByteBuffer bytes, int records, boolean headerValid) {

        static final Contents EMPTY = new Contents(ByteBuffer.allocate(0), 0, false);

        int secondOfHour(int record) {
            return bytes.getShort(offset(record)) & 0xffff;
        }

        int cellsOffset(int record) {
            return offset(record) + CELLS_OFFSET;
        }

        /** The length of the header and the intact records: where the next record belongs. */
        long validLength() {
            return headerValid ? HEADER_SIZE + (long) records * RECORD_SIZE : 0;
        }

        private static int offset(int record) {
            return HEADER_SIZE + record * RECORD_SIZE;
        }
    }

    private MotionGridFile() {
    }

    static Contents read(Path file, long hourStartEpochSecond) throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Contents.EMPTY;
        }
        ByteBuffer bytes = ByteBuffer.wrap(data);
        if (data.length < HEADER_SIZE || bytes.getInt(0) != MAGIC || bytes.get(4) != GridCells.COLUMNS
                || bytes.get(5) != GridCells.ROWS || bytes.getShort(6) != RECORD_SIZE
                || bytes.getLong(8) != hourStartEpochSecond) {
            return new Contents(bytes, 0, false);
        }
        int records = 0;
        CRC32 checksum = new CRC32();
        for (int offset = HEADER_SIZE; offset + RECORD_SIZE <= data.length; offset += RECORD_SIZE) {
            checksum.reset();
            checksum.update(data, offset, RECORD_SIZE - 4);
            if ((int) checksum.getValue() != bytes.getInt(offset + RECORD_SIZE - 4)) {
                break;
            }
            records++;
        }
        return new Contents(bytes, records, true);
    }

    static ByteBuffer header(long hourStartEpochSecond) {
        return ByteBuffer.allocate(HEADER_SIZE).putInt(MAGIC).put((byte) GridCells.COLUMNS)
                .put((byte) GridCells.ROWS).putShort((short) RECORD_SIZE).putLong(hourStartEpochSecond).flip();
    }

    static ByteBuffer record(int secondOfHour, GridCells cells) {
        ByteBuffer record = ByteBuffer.allocate(RECORD_SIZE).putShort((short) secondOfHour).put(cells.toBytes());
        CRC32 checksum = new CRC32();
        checksum.update(record.array(), 0, RECORD_SIZE - 4);
        return record.putInt((int) checksum.getValue()).flip();
    }
}
