package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetadataSessionDescriptionTest {

    private static final String VIDEO = "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=control:trackID=0\r\n";

    @Test
    void findsTheOnvifMetadataSectionWhateverComesAroundIt() {
        MetadataTrack track = MetadataSessionDescription.firstMetadataTrack(VIDEO
                + "m=application 0 RTP/AVP 98\r\na=rtpmap:98 some.other/90000\r\na=control:trackID=1\r\n"
                + "m=application 0 RTP/AVP 107\r\na=rtpmap:107 VND.ONVIF.METADATA/90000\r\na=control:trackID=2\r\n"
                + "m=audio 0 RTP/AVP 0\r\n");

        assertEquals(new MetadataTrack(107, 90000, "trackID=2"), track);
    }

    @Test
    void malformedOrMissingSectionsMeanNoMetadata() {
        assertNull(MetadataSessionDescription.firstMetadataTrack(VIDEO));
        assertNull(MetadataSessionDescription.firstMetadataTrack(null));
        assertNull(MetadataSessionDescription.firstMetadataTrack(VIDEO
                + "m=application 0 RTP/AVP 107\r\na=rtpmap:107 vnd.onvif.metadata/x\r\n"));
        assertNull(MetadataSessionDescription.firstMetadataTrack(VIDEO
                + "m=application 0 RTP/AVP 107\r\na=rtpmap:108 vnd.onvif.metadata/90000\r\n"),
                "an rtpmap for a payload type the section does not list");
        assertNull(MetadataSessionDescription.firstMetadataTrack(VIDEO
                + "m=application 0 RTP/AVP 300\r\na=rtpmap:300 vnd.onvif.metadata/90000\r\n"));
    }
}
