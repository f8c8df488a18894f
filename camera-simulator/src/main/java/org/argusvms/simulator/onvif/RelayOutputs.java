package org.argusvms.simulator.onvif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A camera's relay outputs (bistable, idle state open), all inactive at start; tests read their state. */
public final class RelayOutputs {

    private final Map<String, Boolean> active = new LinkedHashMap<>();

    RelayOutputs(List<String> tokens) {
        tokens.forEach(token -> active.put(token, false));
    }

    public synchronized List<String> tokens() {
        return List.copyOf(active.keySet());
    }

    /** @throws IllegalArgumentException for an unknown token */
    public synchronized boolean isActive(String token) {
        Boolean state = active.get(token);
        if (state == null) {
            throw new IllegalArgumentException("no relay output '" + token + "'; outputs are " + active.keySet());
        }
        return state;
    }

    synchronized boolean contains(String token) {
        return active.containsKey(token);
    }

    synchronized void set(String token, boolean state) {
        isActive(token);
        active.put(token, state);
    }
}
