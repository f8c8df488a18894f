package org.argusvms.recorder.h264;

import java.util.Arrays;
import java.util.List;

/**
 * The SPS and PPS a stream is currently decoded with. Everything that describes the stream to a container or a
 * browser (init segment, MIME type, resolution) derives from this; a change means a new init segment.
 */
public final class ParameterSets {

    private final byte[] sequenceParameterSet;
    private final List<byte[]> pictureParameterSets;
    private final SequenceParameterSet sps;

    /** @throws MalformedBitstreamException if the SPS cannot be parsed or there is no PPS */
    public ParameterSets(byte[] sequenceParameterSet, List<byte[]> pictureParameterSets) {
        if (pictureParameterSets.isEmpty()) {
            throw new MalformedBitstreamException("no picture parameter set");
        }
        this.sps = SequenceParameterSet.parse(sequenceParameterSet);
        this.sequenceParameterSet = sequenceParameterSet.clone();
        this.pictureParameterSets = pictureParameterSets.stream().map(byte[]::clone).toList();
    }

    public byte[] sequenceParameterSetNal() {
        return sequenceParameterSet.clone();
    }

    public List<byte[]> pictureParameterSetNals() {
        return pictureParameterSets.stream().map(byte[]::clone).toList();
    }

    public SequenceParameterSet sps() {
        return sps;
    }

    public int width() {
        return sps.width();
    }

    public int height() {
        return sps.height();
    }

    public String codecString() {
        return sps.codecString();
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
        if (!(other instanceof ParameterSets that) || !Arrays.equals(sequenceParameterSet, that.sequenceParameterSet)
                || pictureParameterSets.size() != that.pictureParameterSets.size()) {
            return false;
        }
        for (int i = 0; i < pictureParameterSets.size(); i++) {
            if (!Arrays.equals(pictureParameterSets.get(i), that.pictureParameterSets.get(i))) {
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
