package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/** A recording server as administrators see it. */
public record RecordingServerView(String id, String name, String controlHost, int controlPort, String mediaUrl,
                                  String softwareVersion, boolean online, Instant lastSeen) implements Serializable {
}
