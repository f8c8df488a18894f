package org.argusvms.simulator.stream;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.audio.AudioClip;
import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.rtp.AudioPayloads;
import org.argusvms.simulator.rtp.RtpPayload;
import org.argusvms.simulator.rtp.RtpStream;
import org.argusvms.simulator.rtp.RtpTransport;

/**
 * Sends a camera's audio track to one viewer, paced by its video: with each video frame go the audio units whose
 * first sample falls within that frame's period, in one RTP packet. Audio and video positions are both functions
 * of the feed's frame index, so the two tracks stay in sync by construction, faults that hold back video hold
 * back audio too, and RTP-Info and sender reports map both clocks to the same instants.
 */
public final class AudioTrackSender {

    private static final Duration SENDER_REPORT_INTERVAL = Duration.ofSeconds(5);

    private final AudioClip clip;
    private final RtpStream rtp;
    private final RtpTransport transport;
    private final int fps;
    private Instant lastSenderReport;

    public AudioTrackSender(AudioClip clip, RtpStream rtp, RtpTransport transport, int fps) {
        this.clip = clip;
        this.rtp = rtp;
        this.transport = transport;
        this.fps = fps;
    }

    /** The RTP timestamp of the instant video frame {@code frameIndex} stands for, for PLAY's RTP-Info. */
    public int timestampAtFrame(long frameIndex) {
        return rtp.timestampAt(frameIndex * clip.codec().sampleRate() / fps);
    }

    public RtpStream rtp() {
        return rtp;
    }

    /** Sends the audio of one video frame's period; called by the viewer's sender thread, flushed with the video. */
    void send(LiveFrame frame) throws IOException {
        long first = firstUnitOf(frame.index());
        long end = firstUnitOf(frame.index() + 1);
        if (end <= first) {
            return;
        }
        int timestamp = rtp.timestampAt(first * clip.samplesPerUnit());
        transport.sendRtp(rtp.packet(new RtpPayload(payload(first, end), true), timestamp));
        if (lastSenderReport == null
                || Duration.between(lastSenderReport, frame.captureTime()).compareTo(SENDER_REPORT_INTERVAL) >= 0) {
            transport.sendRtcp(rtp.senderReport(frame.captureTime(), timestampAtFrame(frame.index())));
            lastSenderReport = frame.captureTime();
        }
        transport.flush();
    }

    /** Releases the transport (a UDP port pair; nothing for interleaved TCP). */
    void close() {
        transport.close();
    }

    /** The first unit whose first sample is at or after the start of video frame {@code frameIndex}. */
    private long firstUnitOf(long frameIndex) {
        long samples = frameIndex * clip.codec().sampleRate();
        long perUnit = (long) fps * clip.samplesPerUnit();
        return (samples + perUnit - 1) / perUnit;
    }

    private byte[] payload(long first, long end) {
        if (clip.codec() == AudioCodec.AAC) {
            List<byte[]> units = new ArrayList<>();
            for (long unit = first; unit < end; unit++) {
                units.add(clip.aacFrame(unit));
            }
            return AudioPayloads.aacHbr(units);
        }
        byte[] samples = new byte[(int) (end - first)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = clip.g711Sample(first + i);
        }
        return samples;
    }
}
