package org.argusvms.web.admin;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.RecordingServerView;
import org.argusvms.web.view.CameraRow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The system monitor's snapshot, read by admin-monitor.js: every recording server (online, since when: its
 * registration or when it fell silent, how many of its cameras stream) and every camera (state as its recorder
 * reports it, whether it records), each ordered by name.
 */
final class SystemMonitorJson {

    private SystemMonitorJson() {
    }

    static String snapshot(List<RecordingServerView> servers, List<CameraView> cameras) {
        Map<String, List<CameraView>> camerasOf = cameras.stream().collect(Collectors.groupingBy(CameraView::recorderId));
        Map<String, String> serverNames = servers.stream()
                .collect(Collectors.toMap(RecordingServerView::id, RecordingServerView::name));
        return Jsons.objectBuilder()
                .add("servers", array(servers.stream().sorted(Comparator.comparing(RecordingServerView::name))
                        .map(server -> server(server, camerasOf.getOrDefault(server.id(), List.of())))))
                .add("cameras", array(cameras.stream().sorted(Comparator.comparing(CameraView::name))
                        .map(camera -> camera(camera, serverNames.getOrDefault(camera.recorderId(), camera.recorderId())))))
                .build().toString();
    }

    private static JsonObjectBuilder server(RecordingServerView server, List<CameraView> cameras) {
        return Jsons.objectBuilder()
                .add("id", server.id())
                .add("name", server.name())
                .add("online", server.online())
                .add("lastSeen", server.lastSeen() == null ? "" : server.lastSeen().toString())
                .add("cameras", cameras.size())
                .add("streaming", cameras.stream().filter(camera -> "STREAMING".equals(camera.state())).count());
    }

    private static JsonObjectBuilder camera(CameraView camera, String serverName) {
        CameraRow row = new CameraRow(camera);
        CameraRecordingState recording = CameraRecordingState.of(camera);
        return Jsons.objectBuilder()
                .add("id", camera.id())
                .add("name", camera.name())
                .add("recorderName", serverName)
                .add("state", camera.enabled() ? String.valueOf(camera.state()) : "DISABLED")
                .add("stateLabel", row.getStateLabel())
                .add("stateTone", row.getStateTone())
                .add("lastError", row.getLastError())
                .add("recordingMode", camera.recordingMode())
                .add("recording", recording.name())
                .add("recordingLabel", recording.label())
                .add("recordingTone", recording.tone());
    }

    private static JsonArrayBuilder array(Stream<JsonObjectBuilder> objects) {
        return Jsons.arrayBuilder(objects.map(JsonObjectBuilder::build).toList());
    }
}
