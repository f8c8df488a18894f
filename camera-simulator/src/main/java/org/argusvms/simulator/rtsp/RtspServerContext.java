package org.argusvms.simulator.rtsp;

import java.time.Duration;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.argusvms.simulator.stream.SimulatedCamera;

/** What every connection of one server shares. {@code random} must be thread-safe. */
record RtspServerContext(Map<String, SimulatedCamera> cameras, RtspAuthenticator authenticator,
                         Duration sessionTimeout, RandomGenerator random) {
}
