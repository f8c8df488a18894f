package org.argusvms.management.domain.model.hardware;

/**
 * What a camera device is connected with, taken from its hardware: RTSP hardware's address is the stream URL unless
 * the camera has one of its own (e.g. another channel's path), ONVIF hardware's address is the device service (the
 * recorder asks it for the stream unless the camera names one). Credentials are the hardware's.
 */
public record CameraConnection(String streamUrl, String onvifAddress, Credentials credentials) {

    public static CameraConnection of(Hardware unit, String ownStreamUrl) {
        return unit.driver() == HardwareDriver.RTSP
                ? new CameraConnection(ownStreamUrl == null ? unit.address() : ownStreamUrl, null, unit.credentials())
                : new CameraConnection(ownStreamUrl, unit.address(), unit.credentials());
    }

    @Override
    public String toString() {
        return "CameraConnection[streamUrl=" + streamUrl + ", onvifAddress=" + onvifAddress + ", " + credentials + "]";
    }
}
