package org.argusvms.simulator.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TransportSpecTest {

    @Test
    void acceptsInterleavedTcpAsRtspsrcAsksForIt() throws RtspException {
        TransportSpec spec = TransportSpec.negotiate("RTP/AVP/TCP;unicast;interleaved=2-3");

        assertEquals(new TransportSpec(TransportSpec.Kind.TCP_INTERLEAVED, "RTP/AVP/TCP", 2, 3), spec);
        assertEquals("RTP/AVP/TCP;unicast;interleaved=2-3;ssrc=0000ABCD;mode=\"PLAY\"",
                spec.toResponseHeader(0xABCD, Optional.empty()));
    }

    @Test
    void choosesInterleavedChannelsWhenTheClientDoesNot() throws RtspException {
        assertEquals(new TransportSpec(TransportSpec.Kind.TCP_INTERLEAVED, "RTP/AVP/TCP", 0, 1),
                TransportSpec.negotiate("RTP/AVP/TCP;unicast"));
    }

    @Test
    void acceptsUdpWithClientPortsAndAnswersWithServerPorts() throws RtspException {
        TransportSpec spec = TransportSpec.negotiate("RTP/AVP/UDP;unicast;client_port=5000-5001");

        assertEquals(new TransportSpec(TransportSpec.Kind.UDP_UNICAST, "RTP/AVP/UDP", 5000, 5001), spec);
        assertEquals("RTP/AVP/UDP;unicast;client_port=5000-5001;server_port=6000-6001;ssrc=FFFFFFFF;mode=\"PLAY\"",
                spec.toResponseHeader(-1, Optional.of(new int[] {6000, 6001})));
    }

    @Test
    void takesTheFirstSupportedAlternative() throws RtspException {
        TransportSpec spec = TransportSpec.negotiate(
                "RTP/AVP;multicast;ttl=16, RTP/SAVP;unicast;client_port=1-2, RTP/AVP;unicast;client_port=7000");

        assertEquals(new TransportSpec(TransportSpec.Kind.UDP_UNICAST, "RTP/AVP", 7000, 7001), spec);
    }

    @Test
    void refusesWhatThisServerDoesNotOffer() {
        for (String header : new String[] {"RTP/AVP;multicast", "RTP/AVP;unicast", "RAW/RAW/UDP;unicast;client_port=1-2",
                "RTP/AVP/TCP;unicast;interleaved=0-1;mode=record"}) {
            RtspException error = assertThrows(RtspException.class, () -> TransportSpec.negotiate(header), header);
            assertEquals(RtspStatus.UNSUPPORTED_TRANSPORT, error.status(), header);
        }
    }

    @Test
    void malformedNumbersAreBadRequests() {
        for (String header : new String[] {"RTP/AVP/TCP;interleaved=a-b", "RTP/AVP/TCP;interleaved=0-256",
                "RTP/AVP;unicast;client_port=70000-70001"}) {
            RtspException error = assertThrows(RtspException.class, () -> TransportSpec.negotiate(header), header);
            assertEquals(RtspStatus.BAD_REQUEST, error.status(), header);
        }
    }
}
