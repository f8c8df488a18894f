package org.argusvms.simulator.onvif;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a simulated pan/tilt/zoom head points, in ONVIF's generic spaces (pan and tilt -1..1, zoom 0..1), and its
 * preset table. A continuous move changes the position by its velocity per second until stopped or timed out; the
 * position is computed from the clock when asked, so no thread ticks it.
 */
public final class PtzState {

    /** A point in the generic spaces, or a velocity (units per second) when moving. */
    public record Position(double pan, double tilt, double zoom) {
        static final Position HOME = new Position(0, 0, 0);

        Position clamped() {
            return new Position(clamp(pan, -1), clamp(tilt, -1), clamp(zoom, 0));
        }

        private static double clamp(double value, double min) {
            return Math.max(min, Math.min(1, value));
        }
    }

    public record Preset(String token, String name, Position position) {
    }

    private final Clock clock;
    private final Map<String, Preset> presets = new LinkedHashMap<>();
    private Position origin = Position.HOME;
    private Position velocity;
    private Instant moveStart;
    private Instant moveEnd;

    PtzState(Clock clock) {
        this.clock = clock;
        addPreset(new Preset("1", "Home", Position.HOME));
        addPreset(new Preset("2", "Entrance", new Position(0.5, -0.25, 0.2)));
        addPreset(new Preset("3", "Parking", new Position(-0.75, 0.1, 0.6)));
    }

    private void addPreset(Preset preset) {
        presets.put(preset.token(), preset);
    }

    public synchronized Position position() {
        if (velocity == null) {
            return origin;
        }
        Instant now = clock.instant();
        Instant until = moveEnd != null && moveEnd.isBefore(now) ? moveEnd : now;
        double seconds = Math.max(0, Duration.between(moveStart, until).toNanos() / 1e9);
        return new Position(origin.pan() + velocity.pan() * seconds, origin.tilt() + velocity.tilt() * seconds,
                origin.zoom() + velocity.zoom() * seconds).clamped();
    }

    public synchronized boolean isMoving() {
        return velocity != null && (moveEnd == null || clock.instant().isBefore(moveEnd));
    }

    public synchronized List<Preset> presets() {
        return List.copyOf(presets.values());
    }

    synchronized Optional<Preset> preset(String token) {
        return Optional.ofNullable(presets.get(token));
    }

    /** Moves to the preset at once (a real head takes a moment; nothing here depends on that). */
    synchronized void gotoPreset(Preset preset) {
        origin = preset.position();
        velocity = null;
    }

    /** @param timeout how long the move lasts at most; null until {@link #stop()} */
    synchronized void move(Position newVelocity, Duration timeout) {
        origin = position();
        velocity = new Position(newVelocity.pan(), newVelocity.tilt(), newVelocity.zoom());
        moveStart = clock.instant();
        moveEnd = timeout == null ? null : moveStart.plus(timeout);
    }

    synchronized void stop() {
        origin = position();
        velocity = null;
    }
}
