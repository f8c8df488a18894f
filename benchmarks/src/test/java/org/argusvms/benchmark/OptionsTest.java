package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OptionsTest {

    @Test
    void givenValuesWinOverDefaults() {
        Options options = new Options(List.of("--steps", "100, 200", "--seconds", "7"));

        assertEquals(List.of(100, 200), options.integers("steps", "1"));
        assertEquals(Duration.ofSeconds(7), options.seconds("seconds", 60));
        assertEquals(4, options.integer("workers", 4));
        options.requireAllUsed();
    }

    @Test
    void aMistypedOptionIsRefused() {
        Options options = new Options(List.of("--worker", "8"));
        options.integer("workers", 4);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, options::requireAllUsed);
        assertEquals("unknown option(s): --worker", refused.getMessage());
    }

    @Test
    void anOptionWithoutValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Options(List.of("--seconds")));
    }
}
