package org.argusvms.recorder.h264;

import org.argusvms.recorder.codec.PictureFormat;
import org.argusvms.recorder.codec.VideoCodec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parameter sets a stream is currently decoded with: SPS and PPS for H.264, VPS, SPS and PPS for H.265 (built by
 * {@code h265.HevcParameterSets}). Everything that describes the stream to a container or a browser (init segment,
 * MIME type, resolution) derives from this; a change, of codec too, means a new init segment.
 */
public final class ParameterSets {

    private final VideoCodec codec;
    private final List<byte[]> videoParameterSets;
    private final byte[] sequenceParameterSet;
    private final List<byte[]> pictureParameterSets;
    private final PictureFormat format;

    /**
     * H.264 parameter sets.
     *
     * @throws MalformedBitstreamException if the SPS cannot be parsed or there is no PPS
     */
    public ParameterSets(byte[] sequenceParameterSet, List<byte[]> pictureParameterSets) {
        this(VideoCodec.H264, List.of(), sequenceParameterSet, pictureParameterSets,
                SequenceParameterSet.parse(sequenceParameterSet));
    }

    /**
     * Parameter sets of any codec, with the picture format its parser read from the SPS.
     *
     * @param videoParameterSets empty unless the codec has them (H.265)
     * @throws MalformedBitstreamException if there is no PPS
     */
    public ParameterSets(VideoCodec codec, List<byte[]> videoParameterSets, byte[] sequenceParameterSet,
                         List<byte[]> pictureParameterSets, PictureFormat format) {
        if (pictureParameterSets.isEmpty()) {
            throw new MalformedBitstreamException("no picture parameter set");
        }
        this.codec = codec;
        this.videoParameterSets = copies(videoParameterSets);
        this.sequenceParameterSet = sequenceParameterSet.clone();
        this.pictureParameterSets = copies(pictureParameterSets);
        this.format = format;
    }

    private static List<byte[]> copies(List<byte[]> nalUnits) {
        return nalUnits.stream().map(byte[]::clone).toList();
    }

    public VideoCodec codec() {
        return codec;
    }

    public List<byte[]> videoParameterSetNals() {
        return copies(videoParameterSets);
    }

    public byte[] sequenceParameterSetNal() {
        return sequenceParameterSet.clone();
    }

    public List<byte[]> pictureParameterSetNals() {
        return copies(pictureParameterSets);
    }

    /** Every parameter set in the order a decoder needs them in-band (VPS, SPS, PPS). */
    public List<byte[]> inBandNals() {
        List<byte[]> nalUnits = new ArrayList<>(copies(videoParameterSets));
        nalUnits.add(sequenceParameterSetNal());
        nalUnits.addAll(copies(pictureParameterSets));
        return nalUnits;
    }

    /** What the SPS says about the pictures; a {@link SequenceParameterSet} for H.264. */
    public PictureFormat format() {
        return format;
    }

    /**
     * The parsed H.264 SPS.
     *
     * @throws IllegalStateException for another codec
     */
    public SequenceParameterSet sps() {
        if (!(format instanceof SequenceParameterSet sps)) {
            throw new IllegalStateException("not an H.264 stream but " + codec);
        }
        return sps;
    }

    public int width() {
        return format.width();
    }

    public int height() {
        return format.height();
    }

    public String codecString() {
        return format.codecString();
    }

    /** The MIME type a browser's MediaSource needs, e.g. {@code video/mp4; codecs="avc1.64001f"}. */
    public String mimeType() {
        return "video/mp4; codecs=\"" + codecString() + "\"";
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ParameterSets that && codec == that.codec
                && Arrays.equals(sequenceParameterSet, that.sequenceParameterSet)
                && sameNalUnits(videoParameterSets, that.videoParameterSets)
                && sameNalUnits(pictureParameterSets, that.pictureParameterSets);
    }

    private static boolean sameNalUnits(List<byte[]> these, List<byte[]> those) {
        if (these.size() != those.size()) {
            return false;
        }
        for (int i = 0; i < these.size(); i++) {
            if (!Arrays.equals(these.get(i), those.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sequenceParameterSet);
    }

    @Override
    public String toString() {
        return codecString() + " " + width() + "x" + height();
    }
}
