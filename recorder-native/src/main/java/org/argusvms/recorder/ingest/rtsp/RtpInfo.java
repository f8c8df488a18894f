package org.argusvms.recorder.ingest.rtsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The RTP-Info header of a PLAY answer (RFC 2326 12.33): per track URL, the RTP time of the instant playback
 * starts at. It is what ties the tracks' independent RTP clocks together. Malformed entries are skipped.
 */
final class RtpInfo {

    static final RtpInfo NONE = new RtpInfo(List.of());

    private record Entry(String url, long rtpTime) {
    }

    private final List<Entry> entries;

    private RtpInfo(List<Entry> entries) {
        this.entries = entries;
    }

    static RtpInfo parse(String header) {
        if (header == null) {
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        for (String item : header.split(",")) {
            String url = null;
            Long rtpTime = null;
            for (String parameter : item.split(";")) {
                String[] pair = parameter.strip().split("=", 2);
                if (pair.length != 2) {
                    continue;
                }
                switch (pair[0].strip().toLowerCase(Locale.ROOT)) {
                    case "url" -> url = pair[1].strip();
                    case "rtptime" -> rtpTime = parseUnsigned32(pair[1].strip());
                    default -> {
                    }
                }
            }
            if (url != null && rtpTime != null) {
                entries.add(new Entry(url, rtpTime));
            }
        }
        return new RtpInfo(List.copyOf(entries));
    }

    /** The RTP time of the track whose URL is {@code trackUrl} or ends with its {@code control}, if named. */
    OptionalInt rtpTimeOf(String trackUrl, String control) {
        for (Entry entry : entries) {
            if (entry.url().equals(trackUrl)
                    || (control != null && !control.isEmpty() && entry.url().endsWith(control))) {
                return OptionalInt.of((int) entry.rtpTime());
            }
        }
        return OptionalInt.empty();
    }

    private static Long parseUnsigned32(String text) {
        try {
            long value = Long.parseLong(text);
            return value >= 0 && value <= 0xFFFFFFFFL ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
