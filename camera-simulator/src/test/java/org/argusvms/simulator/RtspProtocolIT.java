package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argusvms.simulator.RtspTestClient.InterleavedFrame;
import org.argusvms.simulator.RtspTestClient.Response;
import org.argusvms.simulator.RtpView.SenderReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RTSP/RTP exchange byte by byte, with a small 2-second clip so that loops come quickly. */
class RtspProtocolIT {

    private static final int FPS = 25;
    private static final int CLIP_FRAMES = 2 * FPS;
    private static CameraSimulator simulator;
    private static String url;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).size(320, 240).bitrateKbps(300)
                .clipSeconds(2).build());
        url = simulator.url("cam1");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    @Test
    void optionsListsTheSupportedMethods() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            Response response = client.request("OPTIONS", url);

            assertEquals(200, response.status());
            assertEquals("OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER", response.header("Public"));
        }
    }

    @Test
    void describeReturnsAnSdpWithOneH264Track() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            Response response = client.request("DESCRIBE", url, "Accept: application/sdp");

            assertEquals(200, response.status());
            assertEquals("application/sdp", response.header("Content-Type"));
            assertEquals(url + "/", response.header("Content-Base"));
            assertTrue(response.body().contains("m=video 0 RTP/AVP 96"), response.body());
            assertTrue(response.body().contains("a=fmtp:96 packetization-mode=1;profile-level-id=64"), response.body());
            assertTrue(response.body().contains("sprop-parameter-sets="), response.body());
            assertTrue(response.body().contains("a=control:trackID=0"), response.body());
        }
    }

    @Test
    void refusesWhatItCannotServeAndKeepsTheConnection() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            assertEquals(501, client.request("ANNOUNCE", url).status());
            assertEquals(501, client.request("FROBNICATE", url).status());
            assertEquals(404, client.request("DESCRIBE", url.replace("cam1", "cam9")).status());
            assertEquals(400, client.request("DESCRIBE", "http://127.0.0.1/cam1").status());
            assertEquals(454, client.request("PLAY", url).status());
            assertEquals(454, client.request("PLAY", url, "Session: NOSUCHSESSION").status());
            assertEquals(461, client.request("SETUP", url + "/trackID=0", "Transport: RTP/AVP;multicast").status());
            client.sendRaw("OPTIONS " + url + " RTSP/1.0\r\n\r\n");
            assertEquals(400, client.readResponse().status(), "CSeq is mandatory");
            client.sendRaw("OPTIONS " + url + " RTSP/2.0\r\nCSeq: 99\r\n\r\n");
            assertEquals(505, client.readResponse().status());

            assertEquals(200, client.request("OPTIONS", url).status(), "connection still usable");
        }
    }

    @Test
    void garbageGetsBadRequestAndTheConnectionCloses() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            client.sendRaw("\u0016\u0003\u0001 this is not RTSP\r\n\r\n");

            assertEquals(400, client.readResponse().status());
            assertTrue(client.closedByServerWithin(Duration.ofSeconds(5)));
        }
    }

    @Test
    void tcpPlaybackStartsAtAKeyFrameAndRunsSmoothlyAcrossClipLoops() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            Response setup = client.request("SETUP", url + "/trackID=0",
                    "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
            assertEquals(200, setup.status());
            assertTrue(setup.header("Session").matches("[0-9A-F]{16};timeout=60"), setup.header("Session"));
            Matcher transport = Pattern.compile("RTP/AVP/TCP;unicast;interleaved=0-1;ssrc=([0-9A-F]{8});mode=\"PLAY\"")
                    .matcher(setup.header("Transport"));
            assertTrue(transport.matches(), setup.header("Transport"));
            int ssrc = Integer.parseUnsignedInt(transport.group(1), 16);

            Response play = client.request("PLAY", url, "Session: " + setup.sessionId(), "Range: npt=0.000-");
            assertEquals(200, play.status());
            assertEquals("npt=0.000-", play.header("Range"));
            Matcher rtpInfo = Pattern.compile("url=" + Pattern.quote(url) + "/trackID=0;seq=(\\d+);rtptime=(\\d+)")
                    .matcher(play.header("RTP-Info"));
            assertTrue(rtpInfo.matches(), play.header("RTP-Info"));

            List<byte[]> packets = new ArrayList<>();
            List<SenderReport> reports = new ArrayList<>();
            int frames = 0;
            while (frames < CLIP_FRAMES + 10) {
                InterleavedFrame frame = client.readInterleaved();
                if (frame.channel() == 1) {
                    reports.add(SenderReport.parse(frame.data()));
                } else {
                    packets.add(frame.data());
                    frames += (frame.data()[1] & 0x80) != 0 ? 1 : 0;
                }
            }

            byte[] first = packets.get(0);
            assertEquals(Integer.parseInt(rtpInfo.group(1)), RtpView.sequenceNumber(first), "seq from RTP-Info");
            long sinceRtpTime = Integer.toUnsignedLong(RtpView.timestamp(first) - Integer.parseUnsignedInt(rtpInfo.group(2)));
            assertTrue(sinceRtpTime < 90_000 + 3600, "first frame within a GOP of rtptime: " + sinceRtpTime);
            assertEquals(List.of(7, 8), packets.subList(0, 2).stream().map(RtpView::nalType).toList(),
                    "SPS and PPS first");
            assertTrue(packetsOfFirstFrame(packets).stream().anyMatch(packet -> RtpView.nalType(packet) == 5),
                    "then an IDR picture");
            assertEquals(96, RtpView.payloadType(first));
            assertTrue(packets.stream().allMatch(packet -> RtpView.ssrc(packet) == ssrc), "SSRC from Transport");
            assertContinuous(packets);
            assertTrue(!reports.isEmpty() && reports.get(0).ssrc() == ssrc, "sender report for the stream");
        }
    }

    @Test
    void udpPlaybackSendsFromTheAnnouncedServerPorts() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port());
             UdpPortPair ports = UdpPortPair.open()) {
            Response setup = client.request("SETUP", url + "/trackID=0",
                    "Transport: RTP/AVP;unicast;client_port=" + ports.rtpPort() + "-" + ports.rtcpPort());
            assertEquals(200, setup.status());
            Matcher transport = Pattern.compile("RTP/AVP;unicast;client_port=" + ports.rtpPort() + "-" + ports.rtcpPort()
                    + ";server_port=(\\d+)-(\\d+);ssrc=[0-9A-F]{8};mode=\"PLAY\"").matcher(setup.header("Transport"));
            assertTrue(transport.matches(), setup.header("Transport"));
            int serverRtpPort = Integer.parseInt(transport.group(1));
            assertEquals(serverRtpPort + 1, Integer.parseInt(transport.group(2)));

            assertEquals(200, client.request("PLAY", url, "Session: " + setup.sessionId()).status());

            DatagramPacket rtp = ports.receiveRtp();
            assertEquals(serverRtpPort, rtp.getPort());
            assertEquals(7, RtpView.nalType(java.util.Arrays.copyOf(rtp.getData(), rtp.getLength())), "starts with SPS");
            DatagramPacket rtcp = ports.receiveRtcp();
            assertEquals(serverRtpPort + 1, rtcp.getPort());
            assertEquals(200, rtcp.getData()[1] & 0xFF, "sender report");

            assertEquals(200, client.request("TEARDOWN", url, "Session: " + setup.sessionId()).status());
        }
    }

    @Test
    void aLateViewerJoinsAtTheSameLivePosition() throws IOException {
        try (RtspTestClient early = new RtspTestClient(simulator.port());
             RtspTestClient late = new RtspTestClient(simulator.port())) {
            play(early);
            FramesWithClock earlyFrames = FramesWithClock.read(early, 10);
            play(late);
            FramesWithClock lateFrames = FramesWithClock.read(late, 1);
            byte[] lateFirstFrame = lateFrames.payloads.get(0);
            long lateFirstFrameTime = lateFrames.ntpNanos.get(0);

            earlyFrames.readUntil(early, lateFirstFrameTime);
            int sameInstant = earlyFrames.indexOf(lateFirstFrameTime);

            assertTrue(sameInstant >= 0, "the early viewer got a frame for the same instant");
            assertArrayEquals(lateFirstFrame, earlyFrames.payloads.get(sameInstant), "and it is the same picture");
        }
    }

    @Test
    void pauseStopsTheStreamAndPlayResumesAtAKeyFrame() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            String session = play(client);
            client.readRtpFrames(3);

            assertEquals(200, client.request("PAUSE", url, "Session: " + session).status());
            Response resumed = client.request("PLAY", url, "Session: " + session);

            assertEquals(200, resumed.status());
            int resumedSequence = Integer.parseInt(resumed.header("RTP-Info").replaceAll(".*;seq=(\\d+);.*", "$1"));
            List<byte[]> firstResumed;
            do {
                firstResumed = client.readRtpFrames(1).get(0).stream().map(InterleavedFrame::data).toList();
            } while (RtpView.sequenceNumber(firstResumed.get(0)) != resumedSequence);
            assertEquals(7, RtpView.nalType(firstResumed.get(0)), "resumes with SPS before an IDR");
        }
    }

    @Test
    void keepAliveAndTeardownFollowTheSession() throws IOException {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            String session = play(client);

            assertEquals(200, client.request("GET_PARAMETER", url, "Session: " + session).status());
            assertEquals(200, client.request("TEARDOWN", url, "Session: " + session).status());
            assertEquals(454, client.request("PLAY", url, "Session: " + session).status(), "session is gone");
        }
    }

    private static String play(RtspTestClient client) throws IOException {
        Response setup = client.request("SETUP", url + "/trackID=0", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
        assertEquals(200, setup.status());
        assertEquals(200, client.request("PLAY", url, "Session: " + setup.sessionId()).status());
        return setup.sessionId();
    }

    private static List<byte[]> packetsOfFirstFrame(List<byte[]> packets) {
        int end = 0;
        while ((packets.get(end)[1] & 0x80) == 0) {
            end++;
        }
        return packets.subList(0, end + 1);
    }

    /** Sequence numbers without gaps; timestamps constant within a frame, +1/25 s from one frame to the next. */
    private static void assertContinuous(List<byte[]> packets) {
        for (int i = 1; i < packets.size(); i++) {
            byte[] previous = packets.get(i - 1);
            byte[] packet = packets.get(i);
            assertEquals((RtpView.sequenceNumber(previous) + 1) & 0xFFFF, RtpView.sequenceNumber(packet));
            int step = RtpView.timestamp(packet) - RtpView.timestamp(previous);
            boolean frameEnded = (previous[1] & 0x80) != 0;
            assertEquals(frameEnded ? 90_000 / FPS : 0, step, "timestamp step at packet " + i);
        }
    }

    /** A viewer's frames with their wall-clock times, from the RTCP sender report. */
    private static final class FramesWithClock {
        final List<byte[]> payloads = new ArrayList<>();
        final List<Long> ntpNanos = new ArrayList<>();
        private final List<Integer> timestamps = new ArrayList<>();
        private SenderReport report;

        static FramesWithClock read(RtspTestClient client, int frames) throws IOException {
            FramesWithClock result = new FramesWithClock();
            while (result.timestamps.size() < frames || result.report == null) {
                result.readOne(client);
            }
            return result;
        }

        void readUntil(RtspTestClient client, long ntpNanos) throws IOException {
            while (this.ntpNanos.get(this.ntpNanos.size() - 1) < ntpNanos) {
                readOne(client);
            }
        }

        int indexOf(long ntpNanos) {
            for (int i = 0; i < this.ntpNanos.size(); i++) {
                if (Math.abs(this.ntpNanos.get(i) - ntpNanos) < 1_000_000) {
                    return i;
                }
            }
            return -1;
        }

        private final List<byte[]> currentFrame = new ArrayList<>();

        private void readOne(RtspTestClient client) throws IOException {
            InterleavedFrame frame = client.readInterleaved();
            if (frame.channel() == 1) {
                if (report == null) {
                    report = SenderReport.parse(frame.data());
                    for (int i = 0; i < timestamps.size(); i++) {
                        ntpNanos.set(i, report.ntpNanosOf(timestamps.get(i)));
                    }
                }
                return;
            }
            currentFrame.add(frame.data());
            if ((frame.data()[1] & 0x80) != 0) {
                int timestamp = RtpView.timestamp(frame.data());
                payloads.add(RtpView.payload(currentFrame));
                timestamps.add(timestamp);
                ntpNanos.add(report == null ? Long.MIN_VALUE : report.ntpNanosOf(timestamp));
                currentFrame.clear();
            }
        }
    }

    /** A client's even/odd UDP port pair for RTP and RTCP. */
    private record UdpPortPair(DatagramSocket rtp, DatagramSocket rtcp) implements AutoCloseable {

        static UdpPortPair open() throws SocketException {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            for (int attempt = 0; attempt < 50; attempt++) {
                DatagramSocket rtp = new DatagramSocket(new InetSocketAddress(loopback, 0));
                if (rtp.getLocalPort() % 2 == 0) {
                    try {
                        DatagramSocket rtcp = new DatagramSocket(new InetSocketAddress(loopback, rtp.getLocalPort() + 1));
                        rtp.setSoTimeout(5000);
                        rtcp.setSoTimeout(5000);
                        return new UdpPortPair(rtp, rtcp);
                    } catch (SocketException taken) {
                        // try again
                    }
                }
                rtp.close();
            }
            throw new AssertionError("no UDP port pair");
        }

        int rtpPort() {
            return rtp.getLocalPort();
        }

        int rtcpPort() {
            return rtcp.getLocalPort();
        }

        DatagramPacket receiveRtp() throws IOException {
            return receive(rtp);
        }

        DatagramPacket receiveRtcp() throws IOException {
            return receive(rtcp);
        }

        private static DatagramPacket receive(DatagramSocket socket) throws IOException {
            DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
            socket.receive(packet);
            return packet;
        }

        @Override
        public void close() {
            rtp.close();
            rtcp.close();
        }
    }
}
