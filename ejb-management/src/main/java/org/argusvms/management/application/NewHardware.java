package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

import java.util.List;

/**
 * What an administrator supplies to add hardware: {@code driver} RTSP or ONVIF, {@code address} the rtsp:// stream
 * URL or http(s):// ONVIF device service, optional credentials (write-only), the recorder ({@code recorderId},
 * optional with one recorder), and its devices.
 */
public record NewHardware(String name, String driver, String address, String username, String password,
                          String recorderId, Boolean enabled, List<NewDevice> devices) {

    @JsonbCreator
    public NewHardware {
    }
}
