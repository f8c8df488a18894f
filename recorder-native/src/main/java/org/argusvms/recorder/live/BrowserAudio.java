package org.argusvms.recorder.live;

import org.argusvms.recorder.codec.AudioCodec;
import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.codec.G711;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.mp4.FlacFrames;
import org.argusvms.recorder.mp4.Mp4Sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A camera's sound as browsers' Media Source plays it: AAC as it came, G.711 (which MSE does not play) decoded and
 * written as FLAC verbatim frames, lossless and a table lookup per sample. One per live stream, fed in order.
 */
final class BrowserAudio {

    private final AudioFormat camera;
    private final AudioFormat playable;

    private BrowserAudio(AudioFormat camera, AudioFormat playable) {
        this.camera = camera;
        this.playable = playable;
    }

    /** The conversion for a camera's audio, or null when browsers cannot be given it. */
    static BrowserAudio of(AudioFormat camera) {
        if (camera == null) {
            return null;
        }
        if (camera.codec() == AudioCodec.AAC) {
            return new BrowserAudio(camera, camera);
        }
        if (camera.codec().isG711()) {
            return new BrowserAudio(camera, new AudioFormat(AudioCodec.FLAC, camera.sampleRate(), camera.channels(),
                    FlacFrames.streamInfoBlock(camera.sampleRate(), camera.channels())));
        }
        return null;
    }

    /** The format of the audio track browsers get. */
    AudioFormat playable() {
        return playable;
    }

    boolean accepts(AudioFrame frame) {
        return frame.format().equals(camera);
    }

    /** The frame's decode time in the audio track's timescale (its sample rate). */
    long decodeTime(AudioFrame frame) {
        return frame.time() * playable.sampleRate() / VideoFrame.TIMESCALE;
    }

    /** The MP4 samples of one camera frame: itself for AAC, FLAC frames of its samples for G.711. */
    List<Mp4Sample> samples(AudioFrame frame) {
        if (camera.codec() == AudioCodec.AAC) {
            return List.of(new Mp4Sample(frame.data(), frame.sampleCount(), 0, true));
        }
        short[] pcm = G711.decode(frame.data(), camera.codec());
        int channels = camera.channels();
        int perChannel = pcm.length / channels;
        long firstSample = decodeTime(frame);
        List<Mp4Sample> samples = new ArrayList<>();
        for (int start = 0; start < perChannel; start += FlacFrames.MAX_BLOCK_SIZE) {
            int block = Math.min(FlacFrames.MAX_BLOCK_SIZE, perChannel - start);
            samples.add(new Mp4Sample(FlacFrames.verbatimFrame(pcm, start * channels, block, channels,
                    camera.sampleRate(), firstSample + start), block, 0, true));
        }
        return samples;
    }
}
