package org.argusvms.recorder.ingest.rtsp;

import java.util.Arrays;
import java.util.Locale;

/**
 * Finds the first ONVIF metadata media of an SDP: {@code m=application <port> RTP/AVP <pt>} with
 * {@code a=rtpmap:<pt> vnd.onvif.metadata/<rate>} (ONVIF Streaming Specification 5.1.2). Metadata is optional: a
 * malformed section means "no metadata", never a failed connection.
 */
final class MetadataSessionDescription {

    static final String ENCODING_NAME = "VND.ONVIF.METADATA";

    private MetadataSessionDescription() {
    }

    /** The first metadata track, or null. */
    static MetadataTrack firstMetadataTrack(String sdp) {
        if (sdp == null) {
            return null;
        }
        Section section = null;
        for (String rawLine : sdp.split("\r?\n")) {
            String line = rawLine.strip();
            if (line.startsWith("m=")) {
                MetadataTrack track = section == null ? null : section.track();
                if (track != null) {
                    return track;
                }
                section = line.startsWith("m=application ") ? new Section(line) : null;
            } else if (section != null && line.startsWith("a=")) {
                section.attribute(line.substring(2));
            }
        }
        return section == null ? null : section.track();
    }

    /** One m=application section: the payload types it lists and the attributes describing them. */
    private static final class Section {
        private final String[] payloadTypes;
        private int payloadType = -1;
        private int clockRate = -1;
        private String control;

        Section(String mediaLine) {
            String[] fields = mediaLine.substring(2).split("\\s+");
            payloadTypes = fields.length > 3 ? Arrays.copyOfRange(fields, 3, fields.length) : new String[0];
        }

        void attribute(String attribute) {
            if (attribute.startsWith("control:")) {
                control = attribute.substring("control:".length()).strip();
            } else if (attribute.startsWith("rtpmap:") && payloadType < 0) {
                String[] map = attribute.substring("rtpmap:".length()).strip().split("\\s+", 2);
                if (map.length == 2 && isListed(map[0])) {
                    String[] encoding = map[1].split("/");
                    if (encoding[0].strip().toUpperCase(Locale.ROOT).equals(ENCODING_NAME) && encoding.length > 1) {
                        payloadType = parseOr(map[0], -1);
                        clockRate = parseOr(encoding[1], -1);
                    }
                }
            }
        }

        private boolean isListed(String candidate) {
            for (String listed : payloadTypes) {
                if (listed.equals(candidate)) {
                    return true;
                }
            }
            return false;
        }

        MetadataTrack track() {
            return payloadType >= 0 && payloadType <= 127 && clockRate > 0
                    ? new MetadataTrack(payloadType, clockRate, control) : null;
        }

        private static int parseOr(String text, int fallback) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
