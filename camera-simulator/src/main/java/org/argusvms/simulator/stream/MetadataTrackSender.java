package org.argusvms.simulator.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.argusvms.simulator.metadata.MetadataDocuments;
import org.argusvms.simulator.metadata.SimulatedAnalytics;
import org.argusvms.simulator.rtp.RtpPayload;
import org.argusvms.simulator.rtp.RtpStream;
import org.argusvms.simulator.rtp.RtpTransport;

/**
 * Sends a camera's ONVIF metadata track to one viewer, paced by its video: a document every
 * {@link #FRAMES_PER_DOCUMENT} frames and at every frame where the motion state changes, timed with that frame's
 * RTP time on the metadata clock (90 kHz like the video, with its own random origin). A document is split over RTP
 * packets of at most {@link #MAX_PAYLOAD} bytes, the marker bit on its last (ONVIF Streaming Specification 5.1.2.1).
 */
public final class MetadataTrackSender {

    public static final int PAYLOAD_TYPE = 107;
    public static final int FRAMES_PER_DOCUMENT = 5;
    static final int MAX_PAYLOAD = 500; // small, so every document spans several packets

    private final MetadataDocuments documents;
    private final SimulatedAnalytics analytics;
    private final RtpStream rtp;
    private final RtpTransport transport;
    private final int fps;
    private boolean sentAny;

    public MetadataTrackSender(RtpStream rtp, RtpTransport transport, int fps) {
        this.analytics = new SimulatedAnalytics(fps);
        this.documents = new MetadataDocuments(analytics);
        this.rtp = rtp;
        this.transport = transport;
        this.fps = fps;
    }

    /** The RTP timestamp of the instant video frame {@code frameIndex} stands for, for PLAY's RTP-Info. */
    public int timestampAtFrame(long frameIndex) {
        return rtp.timestampOf(frameIndex, fps);
    }

    public RtpStream rtp() {
        return rtp;
    }

    /** Sends the frame's document if one is due; called by the viewer's sender thread, flushed with the video. */
    void send(LiveFrame frame) throws IOException {
        long index = frame.index();
        if (sentAny && index % FRAMES_PER_DOCUMENT != 0 && !analytics.motionChangesAt(index)) {
            return;
        }
        byte[] document = documents.document(index, frame.captureTime(), !sentAny)
                .getBytes(StandardCharsets.UTF_8);
        sentAny = true;
        int timestamp = timestampAtFrame(index);
        for (int start = 0; start < document.length; start += MAX_PAYLOAD) {
            int end = Math.min(document.length, start + MAX_PAYLOAD);
            transport.sendRtp(rtp.packet(new RtpPayload(Arrays.copyOfRange(document, start, end),
                    end == document.length), timestamp));
        }
    }

    /** Releases the transport (a UDP port pair; nothing for interleaved TCP). */
    void close() {
        transport.close();
    }
}
