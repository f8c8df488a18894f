package org.argusvms.recorder.codec;

/** The video codecs a camera connection may deliver; named as RTP encoding names (RFC 6184, RFC 7798). */
public enum VideoCodec {
    H264,
    H265
}
