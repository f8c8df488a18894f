package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RtspClientSessionTest {

    private static final String SDP = "v=0\r\na=control:*\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n"
            + "a=control:trackID=1\r\n";
    private static final String PASSWORD = "Se(ret-Pa55";

    private static RtspResponse response(int status, String... headers) {
        return withBody(status, "", headers);
    }

    private static RtspResponse withBody(int status, String body, String... headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        return new RtspResponse(status, status == 200 ? "OK" : "Refused", list,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(byte[] request) {
        return request == null ? null : new String(request, StandardCharsets.UTF_8);
    }

    private static RtspClientSession session(String url, boolean withCredentials) throws RtspProtocolException {
        RtspAuthenticator authenticator = withCredentials ? new RtspAuthenticator("admin", PASSWORD, () -> "c0ffee")
                : null;
        return new RtspClientSession(RtspUrl.of(URI.create(url)), authenticator);
    }

    @Test
    void walksThroughTheHandshakeAnsweringADigestChallengeAndKeepsTheSessionAlive() throws Exception {
        RtspClientSession session = session("rtsp://camera:8554/cam1", true);

        String options = text(session.start(0));
        assertTrue(options.startsWith("OPTIONS rtsp://camera:8554/cam1 RTSP/1.0\r\nCSeq: 1\r\n"), options);
        String describe = text(session.onResponse(response(200, "CSeq", "1", "Public", "OPTIONS, DESCRIBE, SETUP,"
                + " PLAY, TEARDOWN, GET_PARAMETER"), 0));
        assertTrue(describe.startsWith("DESCRIBE rtsp://camera:8554/cam1 RTSP/1.0\r\nCSeq: 2\r\n"), describe);
        assertFalse(describe.contains("Authorization"));
        String retried = text(session.onResponse(response(401, "CSeq", "2", "WWW-Authenticate",
                "Digest realm=\"cam\", nonce=\"n1\"", "WWW-Authenticate", "Basic realm=\"cam\""), 0));
        assertTrue(retried.startsWith("DESCRIBE rtsp://camera:8554/cam1 RTSP/1.0\r\nCSeq: 3\r\n"), retried);
        assertTrue(retried.contains("Authorization: Digest username=\"admin\""), retried);
        String setup = text(session.onResponse(withBody(200, SDP, "CSeq", "3",
                "Content-Base", "rtsp://camera:8554/cam1/"), 0));
        assertTrue(setup.startsWith("SETUP rtsp://camera:8554/cam1/trackID=1 RTSP/1.0\r\n"), setup);
        assertTrue(setup.contains("Transport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n"), setup);
        assertTrue(setup.contains("Authorization: Digest"), "later requests carry credentials too");
        String play = text(session.onResponse(response(200, "CSeq", "4", "Session", "ABC123;timeout=10",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=2-3"), 0));
        assertTrue(play.startsWith("PLAY rtsp://camera:8554/cam1/ RTSP/1.0\r\n"), play);
        assertTrue(play.contains("Session: ABC123\r\n"), play);
        assertNull(session.onResponse(response(200, "CSeq", "5"), 0));

        assertTrue(session.isPlaying());
        assertEquals(2, session.rtpChannel());
        assertNull(session.keepAliveIfDue(TimeUnit.SECONDS.toNanos(4)));
        String keepAlive = text(session.keepAliveIfDue(TimeUnit.SECONDS.toNanos(5)));
        assertTrue(keepAlive.startsWith("GET_PARAMETER rtsp://camera:8554/cam1/ RTSP/1.0"), keepAlive);
        assertNull(session.onResponse(response(200, "CSeq", "6"), 0));
        assertTrue(text(session.teardown(0)).startsWith("TEARDOWN rtsp://camera:8554/cam1/ RTSP/1.0"));
        assertFalse(String.join("", options, describe, retried, setup, play, keepAlive).contains(PASSWORD));
    }

    @Test
    void keepsAliveWithOptionsWhenTheCameraDoesNotListGetParameter() throws Exception {
        RtspClientSession session = session("rtsp://camera/live", false);
        session.start(0);
        session.onResponse(response(200, "CSeq", "1", "Public", "OPTIONS, DESCRIBE, SETUP, PLAY"), 0);
        session.onResponse(withBody(200, SDP, "CSeq", "2"), 0);
        session.onResponse(response(200, "CSeq", "3", "Session", "S1"), 0);
        session.onResponse(response(200, "CSeq", "4"), 0);

        assertNull(session.keepAliveIfDue(TimeUnit.SECONDS.toNanos(29)), "RFC 2326's 60 s timeout when none given");
        assertTrue(text(session.keepAliveIfDue(TimeUnit.SECONDS.toNanos(30))).startsWith("OPTIONS rtsp://camera/live"));
    }

    @Test
    void refusalsEndTheConversationWithAReasonThatNeverHoldsCredentials() throws Exception {
        RtspClientSession withCredentials = session("rtsp://admin:" + PASSWORD + "@camera/cam1", true);
        withCredentials.start(0);
        withCredentials.onResponse(response(200, "CSeq", "1"), 0);
        withCredentials.onResponse(response(401, "CSeq", "2", "WWW-Authenticate", "Basic realm=\"c\""), 0);
        String refusedTwice = assertThrows(RtspProtocolException.class, () -> withCredentials.onResponse(
                response(401, "CSeq", "3", "WWW-Authenticate", "Basic realm=\"c\""), 0)).getMessage();
        assertEquals("camera refused the credentials (401 Refused to DESCRIBE)", refusedTwice);

        RtspClientSession without = session("rtsp://camera/cam1", false);
        without.start(0);
        without.onResponse(response(200, "CSeq", "1"), 0);
        assertTrue(assertThrows(RtspProtocolException.class, () -> without.onResponse(response(401, "CSeq", "2"), 0))
                .getMessage().contains("none are configured"));

        RtspClientSession notFound = session("rtsp://camera/cam9", false);
        notFound.start(0);
        notFound.onResponse(response(404, "CSeq", "1"), 0);
        assertEquals("camera answered DESCRIBE with 404 Refused",
                assertThrows(RtspProtocolException.class, () -> notFound.onResponse(response(404, "CSeq", "2"), 0))
                        .getMessage(), "a refused OPTIONS is tolerated, a refused DESCRIBE is not");

        RtspClientSession mismatched = session("rtsp://camera/cam1", false);
        mismatched.start(0);
        assertTrue(assertThrows(RtspProtocolException.class, () -> mismatched.onResponse(
                response(200, "CSeq", "1001"), 0)).getMessage().contains("CSeq 1001, expected 1"));
    }

    @Test
    void aSetupAnswerWithoutSessionOrWithUdpIsRefused() throws Exception {
        for (String[] headers : List.of(new String[] {"CSeq", "3"},
                new String[] {"CSeq", "3", "Session", "S", "Transport", "RTP/AVP;unicast;client_port=5000-5001"})) {
            RtspClientSession session = session("rtsp://camera/cam1", false);
            session.start(0);
            session.onResponse(response(200, "CSeq", "1"), 0);
            session.onResponse(withBody(200, SDP, "CSeq", "2"), 0);
            assertThrows(RtspProtocolException.class, () -> session.onResponse(response(200, headers), 0));
        }
    }

    @Test
    void urlsLoseTheirUserInformationInRequestsAndMessages() throws Exception {
        RtspUrl url = RtspUrl.of(URI.create("rtsp://admin:p%40ss@[::1]:8554/cam1?profile=2"));

        assertEquals("rtsp://[::1]:8554/cam1?profile=2", url.requestUri());
        assertEquals("::1", url.host());
        assertEquals("admin", url.userFromUrl());
        assertEquals("p@ss", url.passwordFromUrl());
        assertEquals("failed: rtsp://***@camera/1 and RTSP://***@other", RtspUrl.redact(
                "failed: rtsp://admin:secret@camera/1 and RTSP://u:p@other"));
        assertEquals(554, RtspUrl.of(URI.create("rtsp://camera/x")).port());
        assertTrue(assertThrows(RtspProtocolException.class, () -> RtspUrl.of(URI.create("rtsps://a:b@camera/x")))
                .getMessage().contains("rtsp:// URLs only"));
        assertEquals("rtsp://c/a/b", RtspUrl.resolveControl("rtsp://c/a", "b"));
        assertEquals("rtsp://c/b", RtspUrl.resolveControl("rtsp://c/a/", "/b"));
        assertEquals("rtsp://d/x", RtspUrl.resolveControl("rtsp://c/a/", "rtsp://d/x"));
        assertEquals("rtsp://c/a/", RtspUrl.resolveControl("rtsp://c/a/", "*"));
    }

    private static final String SDP_WITH_AUDIO = SDP + "m=audio 0 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
            + "a=control:trackID=2\r\n";

    /** Walks to the audio track's SETUP and returns it; the camera put the video on channels 0-1. */
    private static String untilAudioSetup(RtspClientSession session) throws RtspProtocolException {
        session.start(0);
        session.onResponse(response(200, "CSeq", "1"), 0);
        session.onResponse(withBody(200, SDP_WITH_AUDIO, "CSeq", "2", "Content-Base", "rtsp://camera/cam1/"), 0);
        return text(session.onResponse(response(200, "CSeq", "3", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=0-1"), 0));
    }

    @Test
    void setsTheAudioTrackUpInTheVideosSessionAndTiesTheClocksWithRtpInfo() throws Exception {
        RtspClientSession session = session("rtsp://camera/cam1", false);

        String audioSetup = untilAudioSetup(session);
        String play = text(session.onResponse(response(200, "CSeq", "4", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=2-3"), 0));
        session.onResponse(response(200, "CSeq", "5", "RTP-Info", "url=rtsp://camera/cam1/trackID=1;seq=1;"
                + "rtptime=900000,url=rtsp://camera/cam1/trackID=2;seq=7;rtptime=80000"), 0);

        assertTrue(audioSetup.startsWith("SETUP rtsp://camera/cam1/trackID=2 RTSP/1.0\r\n"), audioSetup);
        assertTrue(audioSetup.contains("Transport: RTP/AVP/TCP;unicast;interleaved=2-3\r\n"), audioSetup);
        assertTrue(audioSetup.contains("Session: S1\r\n"), audioSetup);
        assertTrue(play.startsWith("PLAY "), play);
        assertEquals(2, session.audioRtpChannel());
        assertEquals(8000, session.audioTrack().format().sampleRate());
        assertEquals(10_000_000_000L, session.audioClock().toVideoNanos(80000, -1),
                "audio RTP time 80000 is the instant video RTP time 900000 (10 s) names");
    }

    @Test
    void aCameraRefusingItsAudioTrackIsRecordedWithoutSound() throws Exception {
        RtspClientSession session = session("rtsp://camera/cam1", false);
        untilAudioSetup(session);

        String play = text(session.onResponse(response(461, "CSeq", "4"), 0));

        assertTrue(play.startsWith("PLAY rtsp://camera/cam1/ RTSP/1.0\r\n"), play);
        assertNull(session.onResponse(response(200, "CSeq", "5"), 0));
        assertTrue(session.isPlaying());
        assertNull(session.audioTrack());
        assertEquals(0, session.rtpChannel());
    }

    private static final String SDP_WITH_AUDIO_AND_METADATA = SDP_WITH_AUDIO
            + "m=application 0 RTP/AVP 107\r\na=rtpmap:107 vnd.onvif.metadata/90000\r\na=control:trackID=3\r\n";

    @Test
    void setsTheMetadataTrackUpAfterTheAudioOnTheNextPairAndTiesItsClockWithRtpInfo() throws Exception {
        RtspClientSession session = session("rtsp://camera/cam1", false);
        session.start(0);
        session.onResponse(response(200, "CSeq", "1"), 0);
        session.onResponse(withBody(200, SDP_WITH_AUDIO_AND_METADATA, "CSeq", "2",
                "Content-Base", "rtsp://camera/cam1/"), 0);
        session.onResponse(response(200, "CSeq", "3", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=0-1"), 0);
        String metadataSetup = text(session.onResponse(response(200, "CSeq", "4", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=2-3"), 0));
        String play = text(session.onResponse(response(200, "CSeq", "5", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=4-5"), 0));
        session.onResponse(response(200, "CSeq", "6", "RTP-Info", "url=rtsp://camera/cam1/trackID=1;seq=1;"
                + "rtptime=900000,url=rtsp://camera/cam1/trackID=3;seq=7;rtptime=1000"), 0);

        assertTrue(metadataSetup.startsWith("SETUP rtsp://camera/cam1/trackID=3 RTSP/1.0\r\n"), metadataSetup);
        assertTrue(metadataSetup.contains("Transport: RTP/AVP/TCP;unicast;interleaved=4-5\r\n"), metadataSetup);
        assertTrue(play.startsWith("PLAY "), play);
        assertEquals(2, session.audioRtpChannel());
        assertEquals(4, session.metadataRtpChannel());
        assertEquals(107, session.metadataTrack().payloadType());
        assertEquals(10_000_000_000L + 1_000_000_000L, session.metadataClock().toVideoNanos(91000, -1),
                "metadata RTP time 1000 is video time 10 s; 90000 ticks later is 11 s");
    }

    @Test
    void aCameraRefusingItsMetadataTrackIsRecordedWithoutMetadata() throws Exception {
        RtspClientSession session = session("rtsp://camera/cam1", false);
        session.start(0);
        session.onResponse(response(200, "CSeq", "1"), 0);
        session.onResponse(withBody(200, SDP + "m=application 0 RTP/AVP 107\r\n"
                + "a=rtpmap:107 vnd.onvif.metadata/90000\r\na=control:trackID=3\r\n", "CSeq", "2"), 0);
        String metadataSetup = text(session.onResponse(response(200, "CSeq", "3", "Session", "S1",
                "Transport", "RTP/AVP/TCP;unicast;interleaved=0-1"), 0));

        String play = text(session.onResponse(response(404, "CSeq", "4"), 0));

        assertTrue(metadataSetup.contains("interleaved=2-3"), metadataSetup);
        assertTrue(play.startsWith("PLAY "), play);
        assertNull(session.onResponse(response(200, "CSeq", "5"), 0));
        assertTrue(session.isPlaying());
        assertNull(session.metadataTrack());
    }
}
