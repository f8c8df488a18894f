package org.argusvms.recorder.media;

import org.argusvms.recorder.mp4.AudioTrackRemoval;
import org.argusvms.recorder.mp4.Fmp4Muxer;
import org.argusvms.recorder.mp4.Fmp4Rewriter;
import org.argusvms.recorder.mp4.Fmp4Scanner;
import org.argusvms.recorder.mp4.Mp4Sample;
import org.argusvms.recorder.storage.SegmentRecord;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which stored fragments make up the export of a time range, decided from the file headers alone: from the last
 * keyframe at or before {@code from} to the last fragment starting before {@code to}, stopping early where the
 * stream's parameter sets change (one init segment describes the whole export). {@link #writeTo} then streams them
 * one fragment at a time.
 */
final class ExportPlan {

    private static final int COPY_BUFFER_BYTES = 256 * 1024;
    private static final byte[] MDAT = "mdat".getBytes(StandardCharsets.US_ASCII);

    private record Piece(Path file, Fmp4Scanner.Fragment fragment) {
    }

    private final byte[] init;
    private final int timescale;
    private final List<Piece> pieces;
    private final Instant start;
    private final Instant end;
    /** Whether the audio track is left out (a ticket without the right to listen). */
    private final boolean withoutAudio;

    private ExportPlan(byte[] init, int timescale, List<Piece> pieces, Instant start, Instant end,
                       boolean withoutAudio) {
        this.init = init;
        this.timescale = timescale;
        this.pieces = pieces;
        this.start = start;
        this.end = end;
        this.withoutAudio = withoutAudio;
    }

    /** The same export with the video alone: for callers who may see the camera but not hear it. */
    ExportPlan withoutAudio() {
        return new ExportPlan(AudioTrackRemoval.init(init), timescale, pieces, start, end, true);
    }

    /** Returns null when nothing is recorded in the range. */
    static ExportPlan of(StorageLayout layout, List<SegmentRecord> segments, Instant from, Instant to)
            throws IOException {
        byte[] firstInit = null;
        List<Piece> pieces = new ArrayList<>();
        long mediaTicks = 0;
        long firstTimescale = 0;
        Instant start = null;
        Instant end = null;
        for (SegmentRecord segment : segments) {
            Path file = layout.resolve(segment.path());
            Fmp4Scanner.Layout structure;
            byte[] init;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                structure = Fmp4Scanner.scan(channel);
                if (!structure.playable()) {
                    continue;
                }
                init = read(channel, 0, structure.initLength());
            } catch (NoSuchFileException e) {
                continue; // deleted by retention meanwhile
            }
            long timescale = structure.timescale();
            List<Fmp4Scanner.Fragment> fragments = structure.fragments();
            long segmentBase = fragments.get(0).baseDecodeTime();
            int first = -1;
            int last = -1;
            for (int i = 0; i < fragments.size(); i++) {
                Fmp4Scanner.Fragment fragment = fragments.get(i);
                Instant fragmentStart = wallClock(segment, fragment.baseDecodeTime() - segmentBase, timescale);
                Instant fragmentEnd = wallClock(segment,
                        fragment.baseDecodeTime() - segmentBase + fragment.durationTicks(), timescale);
                if (!fragmentStart.isBefore(to)) {
                    break;
                }
                if (fragmentEnd.isAfter(from)) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            if (firstInit == null) {
                firstInit = init;
                firstTimescale = timescale;
            } else if (!Arrays.equals(firstInit, init)) {
                break; // the stream changed resolution or profile: the export ends here
            }
            if (pieces.isEmpty()) {
                while (first > 0 && !fragments.get(first).startsWithKeyframe()) {
                    first--; // a decoder must start at a keyframe
                }
                start = wallClock(segment, fragments.get(first).baseDecodeTime() - segmentBase, timescale);
            }
            for (int i = first; i <= last; i++) {
                pieces.add(new Piece(file, fragments.get(i)));
                mediaTicks += fragments.get(i).durationTicks();
            }
            Fmp4Scanner.Fragment lastFragment = fragments.get(last);
            end = wallClock(segment, lastFragment.baseDecodeTime() - segmentBase + lastFragment.durationTicks(),
                    timescale);
        }
        if (pieces.isEmpty()) {
            return null;
        }
        return new ExportPlan(Fmp4Rewriter.initWithDuration(firstInit, mediaTicks), (int) firstTimescale,
                List.copyOf(pieces), start, end, false);
    }

    /** Whether the video is H.265 (an hvc1 or hev1 sample entry in the init segment), which not every browser plays. */
    boolean isHevc() {
        String init = new String(this.init, java.nio.charset.StandardCharsets.ISO_8859_1);
        // stsd: size, "stsd", version and flags, entry count, then the first entry's size and its type
        for (int at = init.indexOf("stsd"); at >= 0; at = init.indexOf("stsd", at + 4)) {
            String entry = init.substring(Math.min(init.length(), at + 16), Math.min(init.length(), at + 20));
            if (entry.equals("hvc1") || entry.equals("hev1")) {
                return true;
            }
        }
        return false;
    }

    long contentLength() {
        return init.length + pieces.stream().mapToLong(piece -> lengthOf(piece.fragment())).sum();
    }

    private long lengthOf(Fmp4Scanner.Fragment fragment) {
        return withoutAudio ? fragment.length() - fragment.audioTrafLength() - fragment.audioSampleBytes()
                : fragment.length();
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    /** Writes the init segment and every fragment, renumbered onto a continuous timeline. */
    void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER_BYTES];
        int[] sequence = {0};
        long audioTimescale = Fmp4Rewriter.audioTimescale(init);
        write(out, (channel, fragment, decodeTime) -> {
            ByteBuffer moof = ByteBuffer.wrap(read(channel, fragment.offset(), fragment.moofLength()));
            boolean stripAudio = withoutAudio && fragment.audioTrafLength() > 0;
            if (stripAudio) {
                moof = AudioTrackRemoval.moof(moof, fragment.audioTrafLength());
            }
            Fmp4Rewriter.renumberFragment(moof, ++sequence[0], decodeTime, timescale, audioTimescale);
            out.write(moof.array());
            long mdatStart = fragment.offset() + fragment.moofLength();
            if (stripAudio) {
                // the audio samples are the end of the mdat: a shorter mdat holds the video's alone
                long videoMdat = fragment.length() - fragment.moofLength() - fragment.audioSampleBytes();
                out.write(ByteBuffer.allocate(8).putInt((int) videoMdat).put(MDAT).array());
                copy(channel, mdatStart + 8, videoMdat - 8, buffer, out);
            } else {
                copy(channel, mdatStart, fragment.length() - fragment.moofLength(), buffer, out);
            }
        });
    }

    /**
     * Writes the init segment and, of each fragment (one GOP), only its keyframe, shown for the whole GOP: the same
     * timeline as {@link #writeTo} with a fraction of the bytes and decoding, for fast-forward at ×16 and beyond.
     * The length is not known in advance (see {@link #contentLength()}, which is for the full plan).
     */
    void writeKeyframesTo(OutputStream out) throws IOException {
        Fmp4Muxer muxer = new Fmp4Muxer(timescale);
        write(out, (channel, fragment, decodeTime) -> {
            Fmp4Scanner.LeadingSample first = Fmp4Scanner.leadingSample(
                    ByteBuffer.wrap(read(channel, fragment.offset(), fragment.moofLength())));
            if (first.sync()) { // a GOP cut by a reconnect has no keyframe to show; its time passes on the previous one
                byte[] keyframe = read(channel, fragment.offset() + first.dataOffset(), first.size());
                out.write(muxer.fragment(decodeTime, List.of(new Mp4Sample(keyframe, (int) fragment.durationTicks(),
                        first.compositionOffset(), true))));
            }
        });
    }

    private interface FragmentWriter {
        void write(FileChannel channel, Fmp4Scanner.Fragment fragment, long decodeTime) throws IOException;
    }

    /** The init segment, then each piece in order with its decode time on the export's continuous timeline. */
    private void write(OutputStream out, FragmentWriter fragmentWriter) throws IOException {
        out.write(init);
        long decodeTime = 0;
        Path openFile = null;
        FileChannel channel = null;
        try {
            for (Piece piece : pieces) {
                if (!piece.file().equals(openFile)) {
                    if (channel != null) {
                        channel.close();
                    }
                    channel = FileChannel.open(piece.file(), StandardOpenOption.READ);
                    openFile = piece.file();
                }
                fragmentWriter.write(channel, piece.fragment(), decodeTime);
                decodeTime += piece.fragment().durationTicks();
            }
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
        out.flush();
    }

    private static Instant wallClock(SegmentRecord segment, long ticks, long timescale) {
        return Instant.ofEpochMilli(segment.startMillis() + ticks * 1000 / timescale);
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("segment file shorter than its index");
            }
        }
        return buffer.array();
    }

    private static void copy(FileChannel channel, long position, long length, byte[] buffer, OutputStream out)
            throws IOException {
        ByteBuffer wrapper = ByteBuffer.wrap(buffer);
        long done = 0;
        while (done < length) {
            wrapper.clear().limit((int) Math.min(buffer.length, length - done));
            int read = channel.read(wrapper, position + done);
            if (read < 0) {
                throw new IOException("segment file shorter than its index");
            }
            out.write(buffer, 0, read);
            done += read;
        }
    }
}
