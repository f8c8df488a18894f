package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.protocol.RtspTransport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What SETUP asks for per configured transport, what the camera's Transport answer means, and AUTO's fallback. */
class RtpTransportChoiceTest {

    private static final String SDP = "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n"
            + "a=control:rtsp://camera/cam1/trackID=1\r\n";

    /** Hands out port pairs 50000-50001, 50002-50003, ... and remembers what happened to them. */
    private static final class FakePorts implements RtpTransportChoice.UdpPorts {
        final List<String> events = new ArrayList<>();
        int nextPort = 50_000;
        boolean exhausted;

        @Override
        public int[] open(String control) throws IOException {
            if (exhausted) {
                throw new IOException("no ports");
            }
            events.add("open " + nextPort);
            nextPort += 2;
            return new int[] {nextPort - 2, nextPort - 1};
        }

        @Override
        public void granted(String control, TransportHeader transport) {
            events.add("granted server " + transport.serverRtp() + "-" + transport.serverRtcp());
        }

        @Override
        public void closeAll() {
            events.add("close");
        }
    }

    private final FakePorts ports = new FakePorts();

    @Test
    void udpAsksForAPortPairAndTakesTheCamerasServerPorts() throws Exception {
        RtpTransportChoice choice = new RtpTransportChoice(RtspTransport.UDP, ports);
        RtspClientSession session = described(choice);
        String setup = lastSetup;

        assertTrue(setup.contains("Transport: RTP/AVP;unicast;client_port=50000-50001\r\n"), setup);
        session.onResponse(response(200, "CSeq", "3", "Session", "S1;timeout=60",
                "Transport", "RTP/AVP;unicast;client_port=50000-50001;server_port=6970-6971;ssrc=1234ABCD"), 0);

        assertEquals(List.of("open 50000", "granted server 6970-6971"), ports.events);
        assertEquals(RtspTransport.UDP, choice.inUse());
        assertEquals(-1, session.rtpChannel());
        assertFalse(choice.mayFallBackToTcp(), "UDP was configured: no fallback");
    }

    @Test
    void autoAsksAgainOverTcpWhenTheCameraAnswers461() throws Exception {
        RtpTransportChoice choice = new RtpTransportChoice(RtspTransport.AUTO, ports);
        RtspClientSession session = described(choice);
        assertTrue(choice.mayFallBackToTcp());

        String retry = text(session.onResponse(response(461, "CSeq", "3"), 0));

        assertTrue(retry.startsWith("SETUP rtsp://camera/cam1/trackID=1 RTSP/1.0\r\nCSeq: 4\r\n"), retry);
        assertTrue(retry.contains("Transport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n"), retry);
        assertEquals(List.of("open 50000", "close"), ports.events, "the UDP pair is released at once");
        session.onResponse(response(200, "CSeq", "4", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=0-1"), 0);
        assertEquals(RtspTransport.TCP, choice.inUse());
        assertEquals(0, session.rtpChannel());
        assertFalse(choice.mayFallBackToTcp());
    }

    @Test
    void udpAnswered461IsARefusalWithTheCamerasReason() throws Exception {
        RtspClientSession session = described(new RtpTransportChoice(RtspTransport.UDP, ports));

        String reason = assertThrows(RtspProtocolException.class,
                () -> session.onResponse(response(461, "CSeq", "3"), 0)).getMessage();

        assertEquals("camera answered SETUP with 461 Refused", reason);
    }

    @Test
    void autoUsesTcpWhenNoUdpPortsAreFreeAndUdpFailsClearly() throws Exception {
        ports.exhausted = true;
        described(new RtpTransportChoice(RtspTransport.AUTO, ports));
        assertTrue(lastSetup.contains("interleaved=0-1"), lastSetup);

        RtspProtocolException refused = assertThrows(RtspProtocolException.class,
                () -> described(new RtpTransportChoice(RtspTransport.UDP, ports)));
        assertTrue(refused.getMessage().startsWith("cannot receive RTP over UDP: no UDP port pair"),
                refused.getMessage());
    }

    @Test
    void aCameraThatAnswersAUdpRequestWithInterleavedChannelsChoseTcp() throws Exception {
        RtpTransportChoice choice = new RtpTransportChoice(RtspTransport.UDP, ports);
        RtspClientSession session = described(choice);

        session.onResponse(response(200, "CSeq", "3", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=4-5"), 0);

        assertEquals(RtspTransport.TCP, choice.inUse());
        assertEquals(4, session.rtpChannel());
    }

    @Test
    void parsesTheTransportAnswersCamerasGive() throws Exception {
        TransportHeader udp = TransportHeader.parse(
                "RTP/AVP/UDP;unicast;client_port=5000-5001;server_port=6000-6001;mode=\"PLAY\"");
        assertFalse(udp.overTcp());
        assertEquals(List.of(5000, 5001, 6000, 6001),
                List.of(udp.clientRtp(), udp.clientRtcp(), udp.serverRtp(), udp.serverRtcp()));

        TransportHeader single = TransportHeader.parse("RTP/AVP;unicast;client_port=5000;server_port=6000");
        assertEquals(6001, single.serverRtcp(), "a single port means the pair starting there");

        TransportHeader tcp = TransportHeader.parse("rtp/avp/tcp;interleaved=2-3");
        assertTrue(tcp.overTcp());
        assertEquals(2, tcp.interleaved());
        assertEquals(-1, tcp.serverRtp());

        assertEquals("RTP/AVP;unicast;client_port=5000-5001", TransportHeader.requestUdp(5000, 5001));
        assertEquals("RTP/AVP/TCP;unicast;interleaved=2-3", TransportHeader.requestTcp(2));
    }

    @Test
    void refusesTransportsItCannotUse() {
        for (String header : List.of("RAW/RAW/UDP;unicast", "RTP/AVP;multicast;port=5000-5001",
                "RTP/AVP;unicast;server_port=70000-70001", "RTP/AVP;unicast;client_port=x")) {
            assertThrows(RtspProtocolException.class, () -> TransportHeader.parse(header), header);
        }
    }

    private String lastSetup;

    private RtspClientSession described(RtpTransportChoice choice) throws RtspProtocolException {
        RtspClientSession session = new RtspClientSession(RtspUrl.of(URI.create("rtsp://camera/cam1")), null, choice);
        session.start(0);
        session.onResponse(response(200, "CSeq", "1"), 0);
        lastSetup = text(session.onResponse(new RtspResponse(200, "OK", List.of(Map.entry("CSeq", "2")),
                SDP.getBytes(StandardCharsets.UTF_8)), 0));
        return session;
    }

    private static RtspResponse response(int status, String... headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        return new RtspResponse(status, status == 200 ? "OK" : "Refused", list, new byte[0]);
    }

    private static String text(byte[] request) {
        return new String(request, StandardCharsets.UTF_8);
    }
}
