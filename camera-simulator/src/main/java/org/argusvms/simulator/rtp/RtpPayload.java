package org.argusvms.simulator.rtp;

/** The payload of one RTP packet and whether the packet ends an access unit (the RTP marker bit). */
public record RtpPayload(byte[] data, boolean marker) {
}
