package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.PlaybackSpan;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.PlacementHistory;
import org.argusvms.management.domain.model.camera.RecorderPlacement;
import org.argusvms.management.domain.model.camera.RecorderPlacementRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which recorder serves which part of a camera's recordings: after a move the older recordings stay on the recorder
 * that made them (docs/design/move-hardware.md), so media access is routed by the camera's placement history.
 */
@ApplicationScoped
public class RecorderRouting {

    @Inject
    private RecorderPlacementRepository placements;

    @Inject
    private RecordingServerRepository recordingServers;

    /** One span per placement, oldest first, each with that recorder's URLs carrying {@code ticket}. */
    List<PlaybackSpan> playbackSpans(Camera camera, String ticket) {
        List<RecorderPlacement> history = placements.historyOf(camera.id()).placements();
        if (history.isEmpty()) {
            return List.of(span(camera.recordingServer(), camera.id(), camera.createdAt(), null, ticket));
        }
        return history.stream().flatMap(placement -> server(placement).stream()
                .map(server -> span(server, camera.id(), placement.from(), placement.until(), ticket))).toList();
    }

    /**
     * The recorder holding the camera's recordings of {@code [from, to)}.
     *
     * @throws ValidationException if the range crosses a move: each recorder exports its own part (one file each)
     */
    RecordingServer exportSource(Camera camera, Instant from, Instant to) {
        PlacementHistory history = placements.historyOf(camera.id());
        List<RecorderPlacement> parts = history.overlapping(from, to);
        if (parts.size() > 1) {
            RecorderPlacement later = parts.get(1);
            throw new ValidationException("to", "the range crosses the camera's move from recorder "
                    + parts.get(0).recordingServerId() + " to " + later.recordingServerId() + " at " + later.from()
                    + ": export up to " + later.from() + " and from it separately (each recorder exports its part)");
        }
        return parts.stream().findFirst().flatMap(this::server).orElse(camera.recordingServer());
    }

    /**
     * Every recorder holding part of the camera's recordings of {@code [from, to)}, each once (evidence locks must
     * reach all of them); the camera's current recorder when the history names none.
     */
    List<RecordingServer> holders(Camera camera, Instant from, Instant to) {
        Map<String, RecordingServer> holders = new LinkedHashMap<>();
        placements.historyOf(camera.id()).overlapping(from, to).forEach(placement ->
                server(placement).ifPresent(server -> holders.putIfAbsent(server.id(), server)));
        return holders.isEmpty() ? List.of(camera.recordingServer()) : List.copyOf(holders.values());
    }

    private Optional<RecordingServer> server(RecorderPlacement placement) {
        return recordingServers.find(placement.recordingServerId());
    }

    private static PlaybackSpan span(RecordingServer server, String cameraId, Instant from, Instant until,
                                     String ticket) {
        return new PlaybackSpan(server.id(), from, until,
                RecorderMediaUrls.route(server, cameraId, "recordings", ticket),
                RecorderMediaUrls.route(server, cameraId, "playback", ticket),
                RecorderMediaUrls.route(server, cameraId, "snapshot", ticket),
                RecorderMediaUrls.route(server, cameraId, "motion", ticket));
    }
}
