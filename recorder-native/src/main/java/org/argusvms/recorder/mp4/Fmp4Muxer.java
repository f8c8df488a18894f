package org.argusvms.recorder.mp4;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.SequenceParameterSet;
import org.argusvms.recorder.h265.HevcDecoderConfiguration;

import java.util.List;
import java.util.Set;

/**
 * Fragmented MP4 (ISO/IEC 14496-12, H.264 and H.265 per 14496-15) for one video track and, for cameras with sound,
 * an audio track (track 2, {@link AudioTrackBoxes}): an init segment (ftyp + moov with an avc1 or hvc1 sample entry
 * and empty sample tables) and media fragments (moof + mdat; with audio, a video traf then an audio traf, and the
 * video samples then the audio samples in mdat). The same bytes serve segment files on disk and Media Source
 * Extensions in browsers. Without audio the bytes are exactly those of a video-only muxer.
 *
 * <p>One instance numbers its fragments (mfhd sequence numbers must increase within a stream), so use one per file
 * or per live stream. Not thread-safe.
 */
public final class Fmp4Muxer {

    public static final int TRACK_ID = 1;

    /** Sample flags (14496-12 8.8.3.1): sync samples depend on nothing, others depend on earlier ones. */
    static final int SYNC_SAMPLE_FLAGS = 0x02000000;
    static final int NON_SYNC_SAMPLE_FLAGS = 0x01010000;

    private static final int TFHD_DEFAULT_BASE_IS_MOOF = 0x020000;
    private static final int TRUN_DATA_OFFSET = 0x000001;
    private static final int TRUN_SAMPLE_DURATION = 0x000100;
    private static final int TRUN_SAMPLE_SIZE = 0x000200;
    private static final int TRUN_SAMPLE_FLAGS = 0x000400;
    private static final int TRUN_SAMPLE_COMPOSITION_OFFSET = 0x000800;
    /** avcC carries chroma format and bit depth only for these profiles (14496-15 5.3.3.1.2). */
    private static final Set<Integer> AVCC_EXTENDED_PROFILES = Set.of(100, 110, 122, 144);
    private static final int[] UNITY_MATRIX = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
    private static final int LANGUAGE_UNDETERMINED = 0x55C4;

    private final int timescale;
    private int sequenceNumber;

    public Fmp4Muxer(int timescale) {
        if (timescale <= 0) {
            throw new IllegalArgumentException("timescale must be positive");
        }
        this.timescale = timescale;
    }

    /** ftyp + moov describing a single H.264 or H.265 track with the given parameter sets. */
    public byte[] initSegment(ParameterSets parameterSets) {
        return initSegment(parameterSets, null);
    }

    /** ftyp + moov with the video track and, unless {@code audio} is null, the audio track after it. */
    public byte[] initSegment(ParameterSets parameterSets, AudioFormat audio) {
        BoxWriter out = new BoxWriter(1024);
        int ftyp = out.open("ftyp");
        out.fourcc("isom").u32(0x200).fourcc("isom").fourcc("iso6").fourcc(sampleEntryType(parameterSets))
                .fourcc("mp41");
        out.close(ftyp);

        int moov = out.open("moov");
        writeMovieHeader(out, audio == null ? TRACK_ID + 1 : AudioTrackBoxes.TRACK_ID + 1);
        int trak = out.open("trak");
        writeTrackHeader(out, parameterSets);
        int mdia = out.open("mdia");
        writeMediaHeaderAndHandler(out, timescale, "vide", "Argus video");
        int minf = out.open("minf");
        int vmhd = out.openFull("vmhd", 0, 1);
        out.u16(0).zeros(6);
        out.close(vmhd);
        writeDataInformation(out);
        writeSampleTable(out, parameterSets);
        out.close(minf);
        out.close(mdia);
        out.close(trak);
        if (audio != null) {
            AudioTrackBoxes.writeTrak(out, audio);
        }
        int mvex = out.open("mvex");
        int trex = out.openFull("trex", 0, 0);
        out.u32(TRACK_ID).u32(1).u32(0).u32(0).u32(0);
        out.close(trex);
        if (audio != null) {
            int audioTrex = out.openFull("trex", 0, 0);
            out.u32(AudioTrackBoxes.TRACK_ID).u32(1).u32(0).u32(0).u32(0);
            out.close(audioTrex);
        }
        out.close(mvex);
        out.close(moov);
        return out.toByteArray();
    }

    /**
     * moof + mdat for consecutive samples starting at {@code baseDecodeTime} (in timescale units, the tfdt).
     */
    public byte[] fragment(long baseDecodeTime, List<Mp4Sample> samples) {
        return fragment(baseDecodeTime, samples, 0, List.of());
    }

    /**
     * moof + mdat for consecutive video samples and, unless {@code audioSamples} is empty, the audio samples of the
     * same period, which start at {@code audioBaseDecodeTime} in the audio track's timescale (its sample rate).
     */
    public byte[] fragment(long baseDecodeTime, List<Mp4Sample> samples, long audioBaseDecodeTime,
                           List<Mp4Sample> audioSamples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a fragment needs at least one sample");
        }
        return anyFragment(baseDecodeTime, samples, audioBaseDecodeTime, audioSamples);
    }

    /** moof + mdat with audio samples only (live streams send each frame as it comes, audio and video apart). */
    public byte[] audioFragment(long audioBaseDecodeTime, List<Mp4Sample> audioSamples) {
        if (audioSamples.isEmpty()) {
            throw new IllegalArgumentException("a fragment needs at least one sample");
        }
        return anyFragment(0, List.of(), audioBaseDecodeTime, audioSamples);
    }

    private byte[] anyFragment(long baseDecodeTime, List<Mp4Sample> samples, long audioBaseDecodeTime,
                               List<Mp4Sample> audioSamples) {
        long videoBytes = payloadBytes(samples);
        long payloadBytes = videoBytes + payloadBytes(audioSamples);
        if (payloadBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("fragment too large");
        }
        BoxWriter out = new BoxWriter((samples.size() + audioSamples.size()) * 16 + 192 + (int) payloadBytes);
        int moof = out.open("moof");
        int mfhd = out.openFull("mfhd", 0, 0);
        out.u32(++sequenceNumber);
        out.close(mfhd);
        int videoDataOffset = samples.isEmpty() ? -1 : writeTrackFragment(out, TRACK_ID, baseDecodeTime, samples, true);
        int audioDataOffset = audioSamples.isEmpty() ? -1
                : writeTrackFragment(out, AudioTrackBoxes.TRACK_ID, audioBaseDecodeTime, audioSamples, false);
        out.close(moof);
        // data_offset counts from the start of moof (default-base-is-moof) to the first sample byte in mdat
        if (videoDataOffset >= 0) {
            out.patchU32(videoDataOffset, out.position() - moof + 8);
        }
        if (audioDataOffset >= 0) {
            out.patchU32(audioDataOffset, out.position() - moof + 8 + videoBytes);
        }
        out.u32(8 + payloadBytes).fourcc("mdat");
        for (Mp4Sample sample : samples) {
            out.bytes(sample.data());
        }
        for (Mp4Sample sample : audioSamples) {
            out.bytes(sample.data());
        }
        return out.toByteArray();
    }

    private static long payloadBytes(List<Mp4Sample> samples) {
        return samples.stream().mapToLong(sample -> sample.data().length).sum();
    }

    /**
     * traf with tfhd, tfdt and trun; audio samples carry no flags (trex's default: every sample is a sync sample).
     *
     * @return where the trun's data offset goes, to be patched once the moof's size is known
     */
    private static int writeTrackFragment(BoxWriter out, int trackId, long baseDecodeTime, List<Mp4Sample> samples,
                                          boolean video) {
        boolean hasCompositionOffsets = samples.stream().anyMatch(sample -> sample.compositionOffset() != 0);
        int traf = out.open("traf");
        int tfhd = out.openFull("tfhd", 0, TFHD_DEFAULT_BASE_IS_MOOF);
        out.u32(trackId);
        out.close(tfhd);
        int tfdt = out.openFull("tfdt", 1, 0);
        out.u64(baseDecodeTime);
        out.close(tfdt);
        int trunFlags = TRUN_DATA_OFFSET | TRUN_SAMPLE_DURATION | TRUN_SAMPLE_SIZE | (video ? TRUN_SAMPLE_FLAGS : 0)
                | (hasCompositionOffsets ? TRUN_SAMPLE_COMPOSITION_OFFSET : 0);
        int trun = out.openFull("trun", hasCompositionOffsets ? 1 : 0, trunFlags);
        out.u32(samples.size());
        int dataOffsetPosition = out.position();
        out.u32(0);
        for (Mp4Sample sample : samples) {
            out.u32(sample.duration()).u32(sample.data().length);
            if (video) {
                out.u32(sample.sync() ? SYNC_SAMPLE_FLAGS : NON_SYNC_SAMPLE_FLAGS);
            }
            if (hasCompositionOffsets) {
                out.u32(sample.compositionOffset());
            }
        }
        out.close(trun);
        out.close(traf);
        return dataOffsetPosition;
    }

    private void writeMovieHeader(BoxWriter out, int nextTrackId) {
        int mvhd = out.openFull("mvhd", 0, 0);
        out.u32(0).u32(0).u32(1000).u32(0); // creation, modification, timescale, duration (unknown: fragmented)
        out.u32(0x00010000).u16(0x0100).zeros(10); // rate 1.0, volume 1.0, reserved
        writeMatrix(out);
        out.zeros(24); // pre_defined
        out.u32(nextTrackId);
        out.close(mvhd);
    }

    private static void writeTrackHeader(BoxWriter out, ParameterSets parameterSets) {
        int tkhd = out.openFull("tkhd", 0, 0x000003); // enabled, in movie
        out.u32(0).u32(0).u32(TRACK_ID).u32(0).u32(0); // creation, modification, track, reserved, duration
        out.zeros(8).u16(0).u16(0).u16(0).u16(0); // reserved, layer, alternate group, volume, reserved
        writeMatrix(out);
        out.u32((long) parameterSets.width() << 16).u32((long) parameterSets.height() << 16);
        out.close(tkhd);
    }

    private static void writeSampleTable(BoxWriter out, ParameterSets parameterSets) {
        int stbl = out.open("stbl");
        int stsd = out.openFull("stsd", 0, 0);
        out.u32(1);
        writeVisualSampleEntry(out, parameterSets);
        out.close(stsd);
        writeEmptySampleTables(out);
        out.close(stbl);
    }

    /** stts, stsc, stsz and stco without entries: a fragmented file's samples are in its fragments. */
    static void writeEmptySampleTables(BoxWriter out) {
        int stts = out.openFull("stts", 0, 0);
        out.u32(0);
        out.close(stts);
        int stsc = out.openFull("stsc", 0, 0);
        out.u32(0);
        out.close(stsc);
        int stsz = out.openFull("stsz", 0, 0);
        out.u32(0).u32(0);
        out.close(stsz);
        int stco = out.openFull("stco", 0, 0);
        out.u32(0);
        out.close(stco);
    }

    /** mdhd (the track's timescale, no duration) and hdlr with the handler type and a name. */
    static void writeMediaHeaderAndHandler(BoxWriter out, int timescale, String handlerType, String name) {
        int mdhd = out.openFull("mdhd", 0, 0);
        out.u32(0).u32(0).u32(timescale).u32(0).u16(LANGUAGE_UNDETERMINED).u16(0);
        out.close(mdhd);
        int hdlr = out.openFull("hdlr", 0, 0);
        out.u32(0).fourcc(handlerType).zeros(12).cString(name);
        out.close(hdlr);
    }

    /**
     * avc1 with avcC, or hvc1 with hvcC: parameter sets only in the sample entry, never in samples (the "hev1"
     * variant would allow them in-band, which Safari and some players reject).
     */
    private static String sampleEntryType(ParameterSets parameterSets) {
        return parameterSets.codec() == VideoCodec.H265 ? "hvc1" : "avc1";
    }

    private static void writeVisualSampleEntry(BoxWriter out, ParameterSets parameterSets) {
        int entry = out.open(sampleEntryType(parameterSets));
        out.zeros(6).u16(1); // reserved, data_reference_index
        out.u16(0).u16(0).zeros(12); // pre_defined, reserved, pre_defined
        out.u16(parameterSets.width()).u16(parameterSets.height());
        out.u32(0x00480000).u32(0x00480000).u32(0); // 72 dpi, 72 dpi, reserved
        out.u16(1); // frame_count
        out.zeros(32); // compressorname
        out.u16(0x0018).u16(0xFFFF); // depth, pre_defined = -1
        if (parameterSets.codec() == VideoCodec.H265) {
            int hvcC = out.open("hvcC");
            out.bytes(HevcDecoderConfiguration.of(parameterSets));
            out.close(hvcC);
        } else {
            writeAvcConfiguration(out, parameterSets);
        }
        out.close(entry);
    }

    private static void writeAvcConfiguration(BoxWriter out, ParameterSets parameterSets) {
        byte[] sps = parameterSets.sequenceParameterSetNal();
        List<byte[]> ppsList = parameterSets.pictureParameterSetNals();
        SequenceParameterSet info = parameterSets.sps();
        int avcC = out.open("avcC");
        out.u8(1).u8(info.profileIdc()).u8(info.constraintFlags()).u8(info.levelIdc());
        out.u8(0xFC | 3); // reserved bits + lengthSizeMinusOne = 3 (4-byte NAL lengths)
        out.u8(0xE0 | 1).u16(sps.length).bytes(sps);
        out.u8(ppsList.size());
        for (byte[] pps : ppsList) {
            out.u16(pps.length).bytes(pps);
        }
        if (AVCC_EXTENDED_PROFILES.contains(info.profileIdc())) {
            out.u8(0xFC | info.chromaFormatIdc()).u8(0xF8 | info.bitDepthLumaMinus8())
                    .u8(0xF8 | info.bitDepthChromaMinus8()).u8(0);
        }
        out.close(avcC);
    }

    /** dinf with one self-contained data reference: the media is in this file. */
    static void writeDataInformation(BoxWriter out) {
        int dinf = out.open("dinf");
        int dref = out.openFull("dref", 0, 0);
        out.u32(1);
        out.close(out.openFull("url ", 0, 1)); // flag 1: media is in this file
        out.close(dref);
        out.close(dinf);
    }

    static void writeMatrix(BoxWriter out) {
        for (int value : UNITY_MATRIX) {
            out.u32(value & 0xFFFFFFFFL);
        }
    }
}
