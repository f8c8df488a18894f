package org.argusvms.recorder.codec;

/** The audio codecs a camera connection may deliver: AAC (RFC 3640 mpeg4-generic), G.711 µ-law and A-law. */
public enum AudioCodec {
    AAC,
    PCMU,
    PCMA;

    public boolean isG711() {
        return this != AAC;
    }
}
