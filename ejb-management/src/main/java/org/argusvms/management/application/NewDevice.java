package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * One device of new hardware: {@code kind} (CAMERA, MICROPHONE, SPEAKER, METADATA, INPUT, OUTPUT), {@code channel}
 * (0.., unique per kind), {@code name}, {@code enabled} (default true). A CAMERA may name its own {@code streamUrl}
 * (another channel's path; default: RTSP hardware's address) and {@code recordingMode} (default ALWAYS); an OUTPUT
 * its ONVIF relay {@code outputToken} (e.g. relay1).
 */
public record NewDevice(String kind, Integer channel, String name, Boolean enabled, String outputToken,
                        String streamUrl, String recordingMode) {

    @JsonbCreator
    public NewDevice {
    }
}
