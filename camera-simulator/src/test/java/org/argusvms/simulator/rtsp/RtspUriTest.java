package org.argusvms.simulator.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RtspUriTest {

    @Test
    void namesTheCameraOfAggregateAndTrackUrls() throws RtspException {
        RtspUri aggregate = RtspUri.parse("rtsp://127.0.0.1:8554/cam2").orElseThrow();
        RtspUri track = RtspUri.parse("rtsp://user:pw@127.0.0.1:8554/cam2/trackID=0").orElseThrow();
        RtspUri withSlash = RtspUri.parse("rtsp://127.0.0.1:8554/cam2/?x=1").orElseThrow();

        assertEquals("cam2", aggregate.cameraName());
        assertEquals(aggregate, track);
        assertEquals(aggregate, withSlash);
        assertEquals("rtsp://127.0.0.1:8554/cam2/", aggregate.contentBase());
        assertEquals("rtsp://127.0.0.1:8554/cam2/trackID=0", track.trackUrl(), "credentials are not echoed");
    }

    @Test
    void pathsThatCannotBeACameraNameNoCamera() throws RtspException {
        assertTrue(RtspUri.parse("rtsp://h:1/").isEmpty());
        assertTrue(RtspUri.parse("rtsp://h:1/a/b").isEmpty());
        assertTrue(RtspUri.parse("rtsp://h:1/cam1/trackID=3").isEmpty());
        assertTrue(RtspUri.parse("rtsp://h:1/cam1/trackID=2").orElseThrow().metadataTrack());
        assertTrue(RtspUri.parse("rtsp://h:1/cam1/trackID=1").orElseThrow().audioTrack());
    }

    @Test
    void nonRtspUrisAreBadRequests() {
        for (String uri : new String[] {"*", "/cam1", "http://h/cam1", "rtsp://h/ca m1"}) {
            RtspException error = assertThrows(RtspException.class, () -> RtspUri.parse(uri), uri);
            assertEquals(RtspStatus.BAD_REQUEST, error.status(), uri);
        }
    }
}
