package org.argusvms.simulator.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Misbehaviour a simulated camera can be told to show, each until it is cleared. */
public enum Fault {
    /** Drops every connection streaming the camera and hangs up on new ones, as a camera that lost power. */
    DISCONNECT,
    /** Keeps connections open and answers RTSP, but sends no RTP or RTCP; resumes at a key frame. */
    STALL,
    /** Sends random bytes instead of frames: unframed into an interleaved TCP connection, as datagrams over UDP. */
    GARBAGE,
    /** Switches, at the next key frame, to the alternate clip: another picture size, new SPS and PPS in-band. */
    RESOLUTION_CHANGE,
    /** Answers DESCRIBE, SETUP and PLAY only after the camera's slow-start delay. */
    SLOW_START,
    /** Answers DESCRIBE with 200 OK and a body that is not a usable SDP (no media section). */
    MALFORMED_SDP,
    /** Answers DESCRIBE with a garbled status line and a CSeq that matches no request. */
    MALFORMED_RTSP,
    /** Answers SETUP for RTP over UDP with 461 Unsupported Transport, as cameras that stream over TCP only do. */
    REFUSE_UDP,
    /** Over UDP, sends nothing at all after SETUP, as when a firewall or NAT drops the datagrams; TCP unaffected. */
    UDP_BLOCKED,
    /** Over UDP, drops one RTP packet in 500 and swaps one pair of neighbours in 25, as a congested network does. */
    UDP_LOSS;

    /** Parses {@code stall}, {@code slow-start}, {@code RESOLUTION_CHANGE}, ... */
    public static Fault parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Fault fault : values()) {
            if (fault.name().equals(name)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + text + "'; faults are " + names());
    }

    /** {@code disconnect, stall, ...} as written on the command line. */
    public static String names() {
        return Arrays.stream(values()).map(Fault::optionName).collect(Collectors.joining(", "));
    }

    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
