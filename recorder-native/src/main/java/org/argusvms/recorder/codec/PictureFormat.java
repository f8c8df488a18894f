package org.argusvms.recorder.codec;

/** What a sequence parameter set tells about the pictures, in any codec: displayed size and RFC 6381 codec string. */
public interface PictureFormat {

    int width();

    int height();

    /** The RFC 6381 codec parameter, e.g. {@code avc1.64001f} or {@code hvc1.1.6.L93.B0}. */
    String codecString();
}
