package org.argusvms.recorder.mp4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the structure of a fragmented MP4 file written by {@link Fmp4Muxer} without reading the media: where the
 * init segment ends, and for every complete moof + mdat pair its position, decode time, sample count, duration and
 * keyframes. Whatever follows the last complete fragment (a fragment torn by a crash, garbage) is reported as the
 * unusable tail, which recovery truncates.
 */
public final class Fmp4Scanner {

    /** Larger moof boxes are not ours (ours hold at most a few hundred samples); treat them as damage. */
    private static final int MAX_MOOF_BYTES = 4 << 20;
    private static final int TRUN_DATA_OFFSET = 0x000001;
    private static final int TRUN_FIRST_SAMPLE_FLAGS = 0x000004;
    private static final int TRUN_SAMPLE_DURATION = 0x000100;
    private static final int TRUN_SAMPLE_SIZE = 0x000200;
    private static final int TRUN_SAMPLE_FLAGS = 0x000400;
    private static final int TRUN_SAMPLE_COMPOSITION_OFFSET = 0x000800;
    private static final int SAMPLE_IS_NON_SYNC = 0x00010000;

    /**
     * Where a fragment's first sample lies and what it is, for keyframe-only playback.
     *
     * @param dataOffset bytes from the start of the moof to the sample's first byte
     */
    public record LeadingSample(int dataOffset, int size, int compositionOffset, boolean sync) {
    }

    /**
     * One complete moof + mdat. Samples, duration and keyframes are the video's (the first traf); an audio traf after
     * it is {@code audioTrafLength} bytes of the moof, and its samples the last {@code audioSampleBytes} of the mdat.
     */
    public record Fragment(long offset, long length, int moofLength, long baseDecodeTime, int samples,
                           long durationTicks, int keyframes, boolean startsWithKeyframe, int audioTrafLength,
                           long audioSampleBytes) {
    }

    /**
     * What a file holds.
     *
     * @param initLength the ftyp + moov bytes at the start, 0 if the file has no complete init segment
     * @param validLength bytes up to the end of the last complete fragment (or of the init segment)
     */
    public record Layout(int initLength, long timescale, List<Fragment> fragments, long validLength, long fileLength) {

        public boolean playable() {
            return initLength > 0 && !fragments.isEmpty();
        }

        public boolean hasTornTail() {
            return validLength < fileLength;
        }

        public long durationTicks() {
            return fragments.stream().mapToLong(Fragment::durationTicks).sum();
        }

        public long samples() {
            return fragments.stream().mapToLong(Fragment::samples).sum();
        }

        public long keyframes() {
            return fragments.stream().mapToLong(Fragment::keyframes).sum();
        }
    }

    private Fmp4Scanner() {
    }

    public static Layout scan(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(channel);
        }
    }

    public static Layout scan(FileChannel channel) throws IOException {
        long fileLength = channel.size();
        long position = 0;
        long timescale = 0;
        int initLength = 0;
        List<Fragment> fragments = new ArrayList<>();
        long validLength = 0;
        while (position + 8 <= fileLength) {
            ByteBuffer header = read(channel, position, 8);
            long size = header.getInt(0) & 0xFFFFFFFFL;
            String type = fourcc(header, 4);
            if (size < 8 || position + size > fileLength) {
                break;
            }
            if (initLength == 0) {
                if (type.equals("moov")) {
                    if (size > MAX_MOOF_BYTES) {
                        break;
                    }
                    timescale = mediaTimescale(read(channel, position, (int) size));
                    initLength = (int) (position + size);
                    validLength = initLength;
                } else if (!type.equals("ftyp")) {
                    break;
                }
                position += size;
                continue;
            }
            if (!type.equals("moof") || size > MAX_MOOF_BYTES) {
                break;
            }
            long mdatPosition = position + size;
            if (mdatPosition + 8 > fileLength) {
                break;
            }
            ByteBuffer mdatHeader = read(channel, mdatPosition, 8);
            long mdatSize = mdatHeader.getInt(0) & 0xFFFFFFFFL;
            if (!fourcc(mdatHeader, 4).equals("mdat") || mdatSize < 8 || mdatPosition + mdatSize > fileLength) {
                break;
            }
            Fragment fragment = parseMoof(read(channel, position, (int) size), position, size + mdatSize);
            if (fragment == null) {
                break;
            }
            fragments.add(fragment);
            position = mdatPosition + mdatSize;
            validLength = position;
        }
        return new Layout(initLength, timescale, List.copyOf(fragments), validLength, fileLength);
    }

    private static Fragment parseMoof(ByteBuffer moof, long offset, long length) {
        int traf = findChild(moof, 8, moof.limit(), "traf");
        if (traf < 0) {
            return null;
        }
        int trafEnd = traf + moof.getInt(traf);
        int tfdt = findChild(moof, traf + 8, trafEnd, "tfdt");
        int trun = findChild(moof, traf + 8, trafEnd, "trun");
        if (tfdt < 0 || trun < 0) {
            return null;
        }
        long baseDecodeTime = moof.get(tfdt + 8) == 1 ? moof.getLong(tfdt + 12) : moof.getInt(tfdt + 12) & 0xFFFFFFFFL;
        int flags = moof.getInt(trun + 8) & 0xFFFFFF;
        int samples = moof.getInt(trun + 12);
        int cursor = trun + 16;
        if ((flags & TRUN_DATA_OFFSET) != 0) {
            cursor += 4;
        }
        int firstSampleFlags = -1;
        if ((flags & TRUN_FIRST_SAMPLE_FLAGS) != 0) {
            firstSampleFlags = moof.getInt(cursor);
            cursor += 4;
        }
        int perSample = Integer.bitCount(flags & (TRUN_SAMPLE_DURATION | TRUN_SAMPLE_SIZE | TRUN_SAMPLE_FLAGS
                | TRUN_SAMPLE_COMPOSITION_OFFSET)) * 4;
        if ((flags & TRUN_SAMPLE_DURATION) == 0 || samples <= 0
                || cursor + (long) samples * perSample > trun + moof.getInt(trun)) {
            return null; // our muxer always writes per-sample durations
        }
        long duration = 0;
        int keyframes = 0;
        boolean startsWithKeyframe = false;
        for (int i = 0; i < samples; i++) {
            int field = cursor + i * perSample;
            duration += moof.getInt(field) & 0xFFFFFFFFL;
            int sampleFlags = i == 0 && firstSampleFlags >= 0 ? firstSampleFlags
                    : (flags & TRUN_SAMPLE_FLAGS) != 0
                    ? moof.getInt(field + 4 + ((flags & TRUN_SAMPLE_SIZE) != 0 ? 4 : 0)) : SAMPLE_IS_NON_SYNC;
            boolean sync = (sampleFlags & SAMPLE_IS_NON_SYNC) == 0;
            if (sync) {
                keyframes++;
            }
            if (i == 0) {
                startsWithKeyframe = sync;
            }
        }
        int audioTraf = findChild(moof, trafEnd, moof.limit(), "traf");
        int audioTrafLength = audioTraf < 0 ? 0 : moof.getInt(audioTraf);
        long audioSampleBytes = audioTraf < 0 ? 0 : sampleBytes(moof, audioTraf);
        if (audioSampleBytes < 0 || audioSampleBytes > length - moof.limit() - 8) {
            return null;
        }
        return new Fragment(offset, length, moof.limit(), baseDecodeTime, samples, duration, keyframes,
                startsWithKeyframe, audioTrafLength, audioSampleBytes);
    }

    /** The bytes of a traf's samples (its trun's per-sample sizes); -1 if it does not list them. */
    private static long sampleBytes(ByteBuffer moof, int traf) {
        int trun = findChild(moof, traf + 8, traf + moof.getInt(traf), "trun");
        if (trun < 0) {
            return -1;
        }
        int flags = moof.getInt(trun + 8) & 0xFFFFFF;
        int samples = moof.getInt(trun + 12);
        int cursor = trun + 16 + ((flags & TRUN_DATA_OFFSET) != 0 ? 4 : 0)
                + ((flags & TRUN_FIRST_SAMPLE_FLAGS) != 0 ? 4 : 0);
        int perSample = Integer.bitCount(flags & (TRUN_SAMPLE_DURATION | TRUN_SAMPLE_SIZE | TRUN_SAMPLE_FLAGS
                | TRUN_SAMPLE_COMPOSITION_OFFSET)) * 4;
        if ((flags & TRUN_SAMPLE_SIZE) == 0 || samples < 0
                || cursor + (long) samples * perSample > trun + moof.getInt(trun)) {
            return -1;
        }
        int sizeField = (flags & TRUN_SAMPLE_DURATION) != 0 ? 4 : 0;
        long bytes = 0;
        for (int i = 0; i < samples; i++) {
            bytes += moof.getInt(cursor + i * perSample + sizeField) & 0xFFFFFFFFL;
        }
        return bytes;
    }

    /**
     * The first sample of a moof written by {@link Fmp4Muxer} (default-base-is-moof, explicit data offset and
     * per-sample sizes).
     *
     * @throws IllegalArgumentException if the moof is not laid out that way
     */
    public static LeadingSample leadingSample(ByteBuffer moof) {
        int traf = findChild(moof, 8, moof.limit(), "traf");
        int trun = traf < 0 ? -1 : findChild(moof, traf + 8, traf + moof.getInt(traf), "trun");
        if (trun < 0) {
            throw new IllegalArgumentException("no traf/trun box");
        }
        int flags = moof.getInt(trun + 8) & 0xFFFFFF;
        if ((flags & TRUN_DATA_OFFSET) == 0 || (flags & TRUN_SAMPLE_SIZE) == 0 || moof.getInt(trun + 12) < 1) {
            throw new IllegalArgumentException("trun without data offset or sample sizes");
        }
        int cursor = trun + 20;
        int sampleFlags = SAMPLE_IS_NON_SYNC;
        if ((flags & TRUN_FIRST_SAMPLE_FLAGS) != 0) {
            sampleFlags = moof.getInt(cursor);
            cursor += 4;
        }
        if ((flags & TRUN_SAMPLE_DURATION) != 0) {
            cursor += 4;
        }
        int size = moof.getInt(cursor);
        cursor += 4;
        if ((flags & TRUN_SAMPLE_FLAGS) != 0) {
            sampleFlags = moof.getInt(cursor);
            cursor += 4;
        }
        int compositionOffset = (flags & TRUN_SAMPLE_COMPOSITION_OFFSET) != 0 ? moof.getInt(cursor) : 0;
        return new LeadingSample(moof.getInt(trun + 16), size, compositionOffset,
                (sampleFlags & SAMPLE_IS_NON_SYNC) == 0);
    }

    /** moov/trak/mdia/mdhd timescale (the track's, which sample durations are counted in). */
    private static long mediaTimescale(ByteBuffer moov) {
        int trak = findChild(moov, 8, moov.limit(), "trak");
        int mdia = trak < 0 ? -1 : findChild(moov, trak + 8, trak + moov.getInt(trak), "mdia");
        int mdhd = mdia < 0 ? -1 : findChild(moov, mdia + 8, mdia + moov.getInt(mdia), "mdhd");
        if (mdhd < 0) {
            return 0;
        }
        int timescaleField = mdhd + 12 + (moov.get(mdhd + 8) == 1 ? 16 : 8);
        return moov.getInt(timescaleField) & 0xFFFFFFFFL;
    }

    /** Position of the first child box of that type between {@code from} and {@code to}, or -1. */
    static int findChild(ByteBuffer data, int from, int to, String type) {
        int position = from;
        while (position + 8 <= to) {
            int size = data.getInt(position);
            if (size < 8 || position + (long) size > to) {
                return -1;
            }
            if (fourcc(data, position + 4).equals(type)) {
                return position;
            }
            position += size;
        }
        return -1;
    }

    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("file ended while reading a box");
            }
        }
        return buffer.flip();
    }

    private static String fourcc(ByteBuffer data, int position) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (data.get(position + i) & 0xFF);
        }
        return new String(chars);
    }
}
