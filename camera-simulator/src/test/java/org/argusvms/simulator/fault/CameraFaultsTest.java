package org.argusvms.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CameraFaultsTest {

    private final CameraFaults faults = new CameraFaults("cam1");

    @Test
    void faultsStayActiveUntilCleared() {
        faults.inject(Fault.STALL);
        faults.inject(Fault.GARBAGE);
        faults.inject(Fault.STALL);
        assertEquals(EnumSet.of(Fault.STALL, Fault.GARBAGE), faults.active());

        faults.clear(Fault.STALL);
        assertFalse(faults.isActive(Fault.STALL));
        assertTrue(faults.isActive(Fault.GARBAGE));

        faults.clearAll();
        assertEquals(Set.of(), faults.active());
    }

    @Test
    void disconnectHangsUpEveryWatchingConnectionButNotThoseThatLeft() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        Runnable firstHangUp = first::incrementAndGet;
        faults.watch(firstHangUp);
        faults.watch(second::incrementAndGet);
        faults.unwatch(firstHangUp);

        faults.inject(Fault.STALL);
        assertEquals(0, second.get(), "only DISCONNECT hangs up");
        faults.inject(Fault.DISCONNECT);

        assertEquals(0, first.get());
        assertEquals(1, second.get());
        assertTrue(faults.isActive(Fault.DISCONNECT), "and keeps hanging up on new connections until cleared");
    }

    @Test
    void slowStartDelayIsBounded() {
        faults.setSlowStartDelay(Duration.ofMillis(1500));
        assertEquals(Duration.ofMillis(1500), faults.slowStartDelay());

        assertThrows(IllegalArgumentException.class, () -> faults.setSlowStartDelay(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> faults.setSlowStartDelay(Duration.ofMinutes(1)));
        assertEquals(Duration.ofMillis(1500), faults.slowStartDelay(), "a refused value changes nothing");
    }

    @Test
    void faultNamesParseAsWrittenOnTheCommandLine() {
        assertEquals(Fault.SLOW_START, Fault.parse("slow-start"));
        assertEquals(Fault.RESOLUTION_CHANGE, Fault.parse("RESOLUTION_CHANGE"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Fault.parse("melt"));
        assertTrue(error.getMessage().contains("malformed-sdp"), error.getMessage());
    }
}
