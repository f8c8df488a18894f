package org.argusvms.recorder.codec;

/**
 * The audio codecs a camera connection may deliver: AAC (RFC 3640 mpeg4-generic), G.711 µ-law and A-law; and FLAC,
 * which no camera sends: G.711 becomes FLAC (lossless) on its way to browsers, which do not play G.711.
 */
public enum AudioCodec {
    AAC,
    PCMU,
    PCMA,
    FLAC;

    public boolean isG711() {
        return this == PCMU || this == PCMA;
    }
}
