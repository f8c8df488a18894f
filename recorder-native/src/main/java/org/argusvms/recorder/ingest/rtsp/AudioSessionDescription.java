package org.argusvms.recorder.ingest.rtsp;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.argusvms.recorder.codec.AudioCodec;
import org.argusvms.recorder.codec.AudioFormat;

/**
 * Finds the first audio media of an SDP that the recorder can store: AAC as RFC 3640 {@code mpeg4-generic} in
 * AAC-hbr or AAC-lbr mode with its {@code config=}, or G.711 (static payload types 0 and 8, or {@code PCMU}/
 * {@code PCMA} by name). Audio is optional: anything else, or a malformed audio section, means "no audio", never a
 * failed connection, because the video must be recorded whatever the camera says about its sound.
 */
final class AudioSessionDescription {

    private AudioSessionDescription() {
    }

    /** The first usable audio track, or null. */
    static AudioTrack firstAudioTrack(String sdp) {
        if (sdp == null) {
            return null;
        }
        AudioSection section = null;
        for (String rawLine : sdp.split("\r?\n")) {
            String line = rawLine.strip();
            if (line.startsWith("m=")) {
                AudioTrack track = section == null ? null : section.track();
                if (track != null) {
                    return track;
                }
                section = line.startsWith("m=audio ") ? new AudioSection(line) : null;
            } else if (section != null && line.startsWith("a=")) {
                section.attribute(line.substring(2));
            }
        }
        return section == null ? null : section.track();
    }

    /** One m=audio section: its first payload type and the attributes describing it. */
    private static final class AudioSection {
        private final int payloadType;
        private String rtpmap;
        private String fmtp;
        private String control;

        AudioSection(String mediaLine) {
            String[] fields = mediaLine.substring(2).split("\\s+");
            this.payloadType = fields.length > 3 ? parseOr(fields[3], -1) : -1;
        }

        void attribute(String attribute) {
            String prefix = payloadType + " ";
            if (attribute.startsWith("control:")) {
                control = attribute.substring("control:".length()).strip();
            } else if (attribute.startsWith("rtpmap:" + prefix)) {
                rtpmap = attribute.substring(("rtpmap:" + prefix).length()).strip();
            } else if (attribute.startsWith("fmtp:" + prefix)) {
                fmtp = attribute.substring(("fmtp:" + prefix).length()).strip();
            }
        }

        AudioTrack track() {
            if (payloadType < 0 || payloadType > 127) {
                return null;
            }
            String[] encoding = rtpmap == null ? new String[0] : rtpmap.split("/");
            String name = encoding.length > 0 ? encoding[0].strip().toUpperCase(Locale.ROOT)
                    : payloadType == 0 ? "PCMU" : payloadType == 8 ? "PCMA" : "";
            int rate = encoding.length > 1 ? parseOr(encoding[1], -1) : 8000;
            int channels = encoding.length > 2 ? parseOr(encoding[2], -1) : 1;
            if (rate <= 0 || channels <= 0) {
                return null;
            }
            return switch (name) {
                case "PCMU" -> g711(AudioCodec.PCMU, rate, channels);
                case "PCMA" -> g711(AudioCodec.PCMA, rate, channels);
                case "MPEG4-GENERIC" -> aac(rate, channels);
                default -> null;
            };
        }

        private AudioTrack g711(AudioCodec codec, int rate, int channels) {
            return new AudioTrack(new AudioFormat(codec, rate, channels, new byte[0]), payloadType, control, 0, 0, 0);
        }

        private AudioTrack aac(int rate, int channels) {
            Map<String, String> parameters = SessionDescription.formatParameters(fmtp);
            String mode = parameters.getOrDefault("mode", "").toLowerCase(Locale.ROOT);
            String config = parameters.getOrDefault("config", "");
            int sizeLength = parseOr(parameters.getOrDefault("sizelength", ""), -1);
            int indexLength = parseOr(parameters.getOrDefault("indexlength", "0"), -1);
            int indexDeltaLength = parseOr(parameters.getOrDefault("indexdeltalength", "0"), -1);
            if (!(mode.equals("aac-hbr") || mode.equals("aac-lbr")) || config.isEmpty() || config.length() % 2 != 0
                    || sizeLength < 1 || sizeLength > 16 || indexLength < 0 || indexLength > 8
                    || indexDeltaLength < 0 || indexDeltaLength > 8) {
                return null;
            }
            byte[] audioSpecificConfig;
            try {
                audioSpecificConfig = HexFormat.of().parseHex(config);
            } catch (IllegalArgumentException e) {
                return null;
            }
            return new AudioTrack(new AudioFormat(AudioCodec.AAC, rate, channels, audioSpecificConfig), payloadType,
                    control, sizeLength, indexLength, indexDeltaLength);
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
