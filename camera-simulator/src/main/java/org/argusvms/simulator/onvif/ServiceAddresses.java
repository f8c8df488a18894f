package org.argusvms.simulator.onvif;

/**
 * Where one simulated device's services and stream answer, as handed out in GetCapabilities, GetServices and
 * GetStreamUri: on the host the client addressed, so that a client on another machine gets addresses it can reach.
 */
record ServiceAddresses(String device, String media, String ptz, String snapshot, String stream,
                        String subStream) {

    static ServiceAddresses of(String host, int onvifPort, int rtspPort, String cameraName) {
        String base = "http://" + host + ":" + onvifPort + "/onvif/" + cameraName + "/";
        return new ServiceAddresses(base + OnvifServer.DEVICE_SERVICE, base + OnvifServer.MEDIA_SERVICE,
                base + OnvifServer.PTZ_SERVICE, base + OnvifServer.SNAPSHOT,
                "rtsp://" + host + ":" + rtspPort + "/" + cameraName,
                "rtsp://" + host + ":" + rtspPort + "/" + cameraName + "/sub");
    }
}
