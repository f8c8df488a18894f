package org.argusvms.recorder.mp4;

/**
 * One sample of a fragment: length-prefixed NAL units, duration and presentation offset in the track's timescale,
 * and whether a decoder can start here.
 */
public record Mp4Sample(byte[] data, int duration, int compositionOffset, boolean sync) {
}
