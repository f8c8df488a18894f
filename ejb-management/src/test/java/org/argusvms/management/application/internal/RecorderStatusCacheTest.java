package org.argusvms.management.application.internal;

import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class RecorderStatusCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private final AtomicInteger asked = new AtomicInteger();
    private Instant now = T0;
    private boolean answering = true;
    private final RecorderStatusCache cache = new RecorderStatusCache(server -> {
        asked.incrementAndGet();
        if (!answering) {
            throw new RecorderCommandException(ErrorCode.TIMEOUT, "no answer");
        }
        return new RecorderStatus(server.id(), "1.0", List.of());
    }, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void readsWithinASecondShareOneAnswerAndLaterReadsAskAgain() {
        RecordingServer recorder = online("rec-1");

        RecorderStatus first = cache.current(recorder);
        now = T0.plusMillis(999);
        assertSame(first, cache.current(recorder));
        assertEquals(1, asked.get());

        now = T0.plusSeconds(1);
        cache.current(recorder);
        assertEquals(2, asked.get());
    }

    @Test
    void aWriteAsksAfreshAndLaterReadsSeeThatAnswer() {
        RecordingServer recorder = online("rec-1");
        cache.current(recorder);

        RecorderStatus afterChange = cache.fresh(recorder);

        assertEquals(2, asked.get());
        assertSame(afterChange, cache.current(recorder));
    }

    @Test
    void anUnreachableRecorderIsAskedOncePerSecondAndAnOfflineOneNever() {
        RecordingServer recorder = online("rec-1");
        answering = false;

        assertNull(cache.current(recorder));
        assertNull(cache.current(recorder));
        assertEquals(1, asked.get());

        recorder.wentOffline(T0);
        now = T0.plusSeconds(5);
        assertNull(cache.current(recorder));
        assertEquals(1, asked.get());
    }

    private static RecordingServer online(String id) {
        RecordingServer recorder = new RecordingServer(id, T0);
        recorder.registered(id, "127.0.0.1", 9001, "http://127.0.0.1:7563", "1.0", T0);
        return recorder;
    }
}
