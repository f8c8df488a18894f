package org.argusvms.recorder.codec;

/**
 * One audio frame ready for MP4: an AAC access unit or a run of G.711 samples, its time on the camera's video
 * timeline (90 kHz ticks, the {@code VideoFrame} decode timeline, so the tracks interleave), and its format.
 * Shared by storage and live viewers, never copied per consumer.
 */
public record AudioFrame(byte[] data, long time, AudioFormat format) {

    /** Samples per channel this frame holds: 1024 per AAC-LC frame, one per byte and channel for G.711. */
    public int sampleCount() {
        return format.codec() == AudioCodec.AAC ? 1024 : data.length / format.channels();
    }
}
