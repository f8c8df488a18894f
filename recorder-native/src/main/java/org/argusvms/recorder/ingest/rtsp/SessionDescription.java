package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.VideoCodec;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the first H.264 or H.265 video media of an SDP (RFC 4566) with what depacketizing it needs. Cameras write
 * sloppy SDP: unknown lines are skipped, but a description without usable video, or with numbers or base64 that do
 * not parse, is refused with the reason.
 */
final class SessionDescription {

    private static final int MAX_LINES = 2000;

    private SessionDescription() {
    }

    static VideoTrack firstVideoTrack(String sdp) throws RtspProtocolException {
        if (sdp == null || sdp.isBlank()) {
            throw new RtspProtocolException("camera sent an empty session description");
        }
        String[] lines = sdp.split("\r?\n");
        if (lines.length > MAX_LINES) {
            throw new RtspProtocolException("session description has more than " + MAX_LINES + " lines");
        }
        String sessionControl = null;
        Media media = null;
        boolean mediaSeen = false;
        for (String rawLine : lines) {
            String line = rawLine.strip();
            if (line.startsWith("m=")) {
                VideoTrack track = media == null ? null : media.track(sessionControl);
                if (track != null) {
                    return track;
                }
                mediaSeen = true;
                media = Media.parse(line);
            } else if (line.startsWith("a=")) {
                if (media != null) {
                    media.attribute(line.substring(2));
                } else if (line.startsWith("a=control:")) {
                    sessionControl = line.substring("a=control:".length()).strip();
                }
            }
        }
        VideoTrack track = media == null ? null : media.track(sessionControl);
        if (track == null) {
            throw new RtspProtocolException(mediaSeen ? "session description has no H.264 or H.265 video"
                    : "session description has no media section");
        }
        return track;
    }

    /** One m= section: its formats and the attributes that describe them. */
    private static final class Media {
        private final boolean video;
        private final List<Integer> payloadTypes;
        private final Map<Integer, String> rtpmaps = new HashMap<>();
        private final Map<Integer, String> fmtps = new HashMap<>();
        private String control;

        private Media(boolean video, List<Integer> payloadTypes) {
            this.video = video;
            this.payloadTypes = payloadTypes;
        }

        static Media parse(String line) {
            String[] fields = line.substring(2).split("\\s+");
            List<Integer> payloadTypes = new ArrayList<>();
            for (int i = 3; i < fields.length; i++) {
                Integer payloadType = payloadType(fields[i]);
                if (payloadType != null) {
                    payloadTypes.add(payloadType);
                }
            }
            return new Media(fields[0].equals("video") && fields.length > 3, payloadTypes);
        }

        void attribute(String attribute) {
            int colon = attribute.indexOf(':');
            if (colon < 0) {
                return;
            }
            String name = attribute.substring(0, colon);
            String value = attribute.substring(colon + 1).strip();
            switch (name) {
                case "control" -> control = value;
                case "rtpmap", "fmtp" -> {
                    int space = value.indexOf(' ');
                    Integer payloadType = space < 0 ? null : payloadType(value.substring(0, space));
                    if (payloadType != null) {
                        (name.equals("rtpmap") ? rtpmaps : fmtps).put(payloadType, value.substring(space + 1).strip());
                    }
                }
                default -> {
                }
            }
        }

        /** The first format of this media the recorder can depacketize, or null. */
        VideoTrack track(String sessionControl) throws RtspProtocolException {
            if (!video) {
                return null;
            }
            for (int payloadType : payloadTypes) {
                String rtpmap = rtpmaps.get(payloadType);
                if (rtpmap == null) {
                    continue;
                }
                String[] encoding = rtpmap.split("/");
                VideoCodec codec = switch (encoding[0].strip().toUpperCase(Locale.ROOT)) {
                    case "H264" -> VideoCodec.H264;
                    case "H265", "HEVC" -> VideoCodec.H265;
                    default -> null;
                };
                if (codec != null) {
                    int clockRate = clockRate(encoding);
                    Map<String, String> parameters = formatParameters(fmtps.get(payloadType));
                    return new VideoTrack(codec, payloadType, clockRate, control, sessionControl,
                            parameterSets(codec, parameters));
                }
            }
            return null;
        }

        private static Integer payloadType(String text) {
            try {
                int value = Integer.parseInt(text.strip());
                return value >= 0 && value <= 127 ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static int clockRate(String[] encoding) throws RtspProtocolException {
            try {
                int rate = encoding.length > 1 ? Integer.parseInt(encoding[1].strip()) : 0;
                if (rate <= 0) {
                    throw new RtspProtocolException("video clock rate missing or not positive in the SDP");
                }
                return rate;
            } catch (NumberFormatException e) {
                throw new RtspProtocolException("video clock rate in the SDP is not a number");
            }
        }
    }

    static Map<String, String> formatParameters(String fmtp) {
        Map<String, String> parameters = new HashMap<>();
        if (fmtp != null) {
            for (String pair : fmtp.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals).strip().toLowerCase(Locale.ROOT),
                            pair.substring(equals + 1).strip());
                }
            }
        }
        return parameters;
    }

    private static List<byte[]> parameterSets(VideoCodec codec, Map<String, String> parameters)
            throws RtspProtocolException {
        if (codec == VideoCodec.H264) {
            String mode = parameters.getOrDefault("packetization-mode", "0");
            if (!mode.equals("0") && !mode.equals("1")) {
                throw new RtspProtocolException("H.264 packetization-mode " + RtspResponse.printable(mode)
                        + " is not supported (0 and 1 are)");
            }
            return decodeAll(parameters.get("sprop-parameter-sets"));
        }
        if (parameters.containsKey("sprop-max-don-diff") && !parameters.get("sprop-max-don-diff").equals("0")) {
            throw new RtspProtocolException("H.265 with decoding order numbers (sprop-max-don-diff) is not supported");
        }
        List<byte[]> sets = new ArrayList<>();
        for (String name : List.of("sprop-vps", "sprop-sps", "sprop-pps")) {
            sets.addAll(decodeAll(parameters.get(name)));
        }
        return sets;
    }

    private static List<byte[]> decodeAll(String commaSeparated) throws RtspProtocolException {
        List<byte[]> sets = new ArrayList<>();
        if (commaSeparated == null) {
            return sets;
        }
        for (String encoded : commaSeparated.split(",")) {
            if (encoded.isBlank()) {
                continue;
            }
            try {
                byte[] set = Base64.getDecoder().decode(encoded.strip());
                if (set.length > 0) {
                    sets.add(set);
                }
            } catch (IllegalArgumentException e) {
                throw new RtspProtocolException("malformed base64 parameter set in the SDP");
            }
        }
        return sets;
    }
}
