package org.argusvms.management.application.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecorderMediaUrlsTest {

    @Test
    void liveUrlsAreWebSocketUrlsOnTheRecordersMediaPort() {
        assertEquals("ws://rec:7563/live/cam-1?ticket=t", RecorderMediaUrls.live("http://rec:7563/", "cam-1", "t"));
        assertEquals("wss://rec/live/cam-1?ticket=t", RecorderMediaUrls.live("https://rec", "cam-1", "t"));
    }

    @Test
    void rangesAreAppendedAsEncodedQueryParameters() {
        assertEquals("http://rec/export/c?ticket=t&from=2026-11-25T12%3A00%3A00Z&to=2026-11-25T12%3A00%3A05Z",
                RecorderMediaUrls.withRange("http://rec/export/c?ticket=t", Instant.parse("2026-11-25T12:00:00Z"),
                        Instant.parse("2026-11-25T12:00:05Z")));
    }
}
