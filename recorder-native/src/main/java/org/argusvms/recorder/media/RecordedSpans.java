package org.argusvms.recorder.media;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.argusvms.recorder.storage.SegmentRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a camera's segments into what an operator sees on a timeline: continuous recorded spans and the gaps
 * between them, clipped to the requested range. Consecutive segments closer than {@link #JOIN_TOLERANCE} are one
 * span (a new file starts on the next frame, not exactly where the last one ended).
 */
final class RecordedSpans {

    static final Duration JOIN_TOLERANCE = Duration.ofMillis(1500);

    record Span(Instant from, Instant to) {
    }

    private RecordedSpans() {
    }

    /** @param segments sorted by start, as the index returns them */
    static List<Span> spans(List<SegmentRecord> segments, TimeRange range) {
        List<Span> spans = new ArrayList<>();
        long tolerance = JOIN_TOLERANCE.toMillis();
        long from = range.from().toEpochMilli();
        long to = range.to().toEpochMilli();
        long spanStart = -1;
        long spanEnd = -1;
        for (SegmentRecord segment : segments) {
            long start = Math.max(from, segment.startMillis());
            long end = Math.min(to, segment.endMillis());
            if (end <= start) {
                continue;
            }
            if (spanStart >= 0 && start - spanEnd <= tolerance) {
                spanEnd = Math.max(spanEnd, end);
                continue;
            }
            if (spanStart >= 0) {
                spans.add(new Span(Instant.ofEpochMilli(spanStart), Instant.ofEpochMilli(spanEnd)));
            }
            spanStart = start;
            spanEnd = end;
        }
        if (spanStart >= 0) {
            spans.add(new Span(Instant.ofEpochMilli(spanStart), Instant.ofEpochMilli(spanEnd)));
        }
        return spans;
    }

    /** The parts of the range not covered by a span. */
    static List<Span> gaps(List<Span> spans, TimeRange range) {
        List<Span> gaps = new ArrayList<>();
        Instant cursor = range.from();
        for (Span span : spans) {
            if (span.from().isAfter(cursor)) {
                gaps.add(new Span(cursor, span.from()));
            }
            cursor = span.to();
        }
        if (range.to().isAfter(cursor)) {
            gaps.add(new Span(cursor, range.to()));
        }
        return gaps;
    }

    static JsonObject toJson(String cameraId, List<SegmentRecord> segments, TimeRange range) {
        List<Span> spans = spans(segments, range);
        return Json.createObjectBuilder().add("cameraId", cameraId).add("from", range.from().toString())
                .add("to", range.to().toString()).add("spans", array(spans)).add("gaps", array(gaps(spans, range)))
                .build();
    }

    private static JsonArrayBuilder array(List<Span> spans) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        spans.forEach(span -> array.add(Json.createObjectBuilder().add("from", span.from().toString())
                .add("to", span.to().toString())));
        return array;
    }
}
