package org.argusvms.recorder.media;

import org.argusvms.recorder.storage.SegmentRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordedSpansTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void adjacentSegmentsFormOneSpanAndTheRestOfTheRangeIsGaps() {
        List<SegmentRecord> segments = List.of(segment(0, 2000), segment(2010, 4000), segment(10_000, 12_000));
        TimeRange range = new TimeRange(T0.minusSeconds(1), T0.plusSeconds(20));

        List<RecordedSpans.Span> spans = RecordedSpans.spans(segments, range);

        assertEquals(List.of(span(0, 4000), span(10_000, 12_000)), spans);
        assertEquals(List.of(span(-1000, 0), span(4000, 10_000), span(12_000, 20_000)),
                RecordedSpans.gaps(spans, range));
    }

    @Test
    void spansAreClippedToTheRange() {
        TimeRange range = new TimeRange(T0.plusMillis(500), T0.plusMillis(1500));

        List<RecordedSpans.Span> spans = RecordedSpans.spans(List.of(segment(0, 2000)), range);

        assertEquals(List.of(span(500, 1500)), spans);
        assertEquals(List.of(), RecordedSpans.gaps(spans, range));
    }

    private static SegmentRecord segment(long startOffset, long endOffset) {
        return new SegmentRecord("cam-a", "cam-a/x/" + startOffset + ".mp4", T0.toEpochMilli() + startOffset,
                T0.toEpochMilli() + endOffset, 1, 1, 1);
    }

    private static RecordedSpans.Span span(long fromOffset, long toOffset) {
        return new RecordedSpans.Span(T0.plusMillis(fromOffset), T0.plusMillis(toOffset));
    }
}
