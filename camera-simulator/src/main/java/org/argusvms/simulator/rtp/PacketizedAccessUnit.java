package org.argusvms.simulator.rtp;

import java.util.List;

/** One video frame cut into RTP payloads, computed once per clip so that replay only copies bytes. */
public record PacketizedAccessUnit(List<RtpPayload> payloads, boolean idr) {

    public PacketizedAccessUnit {
        payloads = List.copyOf(payloads);
    }
}
