package org.argusvms.recorder.codec;

import org.argusvms.recorder.h264.ParameterSets;

/** One access unit as ingest sees it, whatever the codec: does it hold a picture, which parameter sets it carries. */
public interface CodedAccessUnit {

    /** True when it carries picture data (VCL NAL units), not only metadata. */
    boolean hasPicture();

    /**
     * The complete parameter sets it carries, or null when some are missing.
     *
     * @throws org.argusvms.recorder.h264.MalformedBitstreamException if they are present but cannot be parsed
     */
    ParameterSets parameterSets();

    /** The sample as MP4 stores it: 4-byte length-prefixed NAL units, without parameter sets and delimiters. */
    byte[] toLengthPrefixedSample();
}
