package org.argusvms.web.admin;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.RecordingServerView;
import org.argusvms.web.view.CameraRow;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON bodies of the configuration page's endpoints, read by admin.js. Camera passwords are never part of them. */
final class ConfigurationJson {

    private ConfigurationJson() {
    }

    /** The recorders with how many of {@code cameras} each runs. */
    static String recordingServers(List<RecordingServerView> servers, List<CameraView> cameras) {
        Map<String, Long> cameraCounts = cameras.stream()
                .collect(Collectors.groupingBy(CameraView::recorderId, Collectors.counting()));
        JsonArrayBuilder array = Jsons.arrayBuilder();
        servers.forEach(server -> array.add(Jsons.objectBuilder()
                .add("id", server.id())
                .add("name", server.name())
                .add("online", server.online())
                .add("cameras", cameraCounts.getOrDefault(server.id(), 0L))
                .add("softwareVersion", orEmpty(server.softwareVersion()))
                .add("lastSeen", server.lastSeen() == null ? "" : server.lastSeen().toString())));
        return array.build().toString();
    }

    static String cameras(List<CameraView> cameras) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        cameras.stream().map(ConfigurationJson::cameraObject).forEach(array::add);
        return array.build().toString();
    }

    static String camera(CameraView camera) {
        return cameraObject(camera).build().toString();
    }

    private static JsonObjectBuilder cameraObject(CameraView camera) {
        CameraRow row = new CameraRow(camera);
        return Jsons.objectBuilder()
                .add("id", camera.id())
                .add("name", camera.name())
                .add("streamUrl", orEmpty(camera.streamUrl()))
                .add("rtspTransport", camera.rtspTransport())
                .add("rtspTransportInUse", orEmpty(camera.rtspTransportInUse()))
                .add("liveStream", camera.liveStream())
                .add("liveStreamUrl", orEmpty(camera.liveStreamUrl()))
                .add("onvifAddress", orEmpty(camera.onvifAddress()))
                .add("username", orEmpty(camera.username()))
                .add("recorderId", camera.recorderId())
                .add("storageId", orEmpty(camera.storageId()))
                .add("recordingMode", camera.recordingMode())
                .add("enabled", camera.enabled())
                .add("version", camera.version())
                .add("state", orEmpty(camera.state()))
                .add("stateLabel", row.getStateLabel())
                .add("stateTone", row.getStateTone())
                .add("lastError", row.getLastError())
                .add("preBufferSeconds", camera.preBufferSeconds())
                .add("postBufferSeconds", camera.postBufferSeconds())
                .add("idleRecording", orEmpty(camera.idleRecording()))
                .add("motion", Jsons.objectBuilder()
                        .add("enabled", camera.motion().enabled())
                        .add("sensitivity", camera.motion().sensitivity())
                        .add("include", Jsons.arrayBuilder(camera.motion().include()))
                        .add("exclude", Jsons.arrayBuilder(camera.motion().exclude())));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
