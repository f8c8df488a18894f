package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BenchmarkEventTextTest {

    @Test
    void theTextCarriesRunSequenceAndSendTime() {
        BenchmarkEventText sent = new BenchmarkEventText("r1a2b3c4d", 42, 123456789012L);

        assertEquals("b8 r1a2b3c4d 42 123456789012", sent.text());
        assertEquals(sent, BenchmarkEventText.parse(sent.text()));
    }

    @Test
    void otherEventTextsAreNotBenchmarkEvents() {
        assertNull(BenchmarkEventText.parse("Door 7 FORCED by TCP"));
        assertNull(BenchmarkEventText.parse("b8 r1 notanumber 5"));
        assertNull(BenchmarkEventText.parse("b8 r1 1 2 extra"));
    }
}
