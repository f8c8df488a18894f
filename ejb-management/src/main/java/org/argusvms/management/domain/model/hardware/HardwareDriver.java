package org.argusvms.management.domain.model.hardware;

/**
 * How the recorder talks to a piece of hardware: RTSP (the address is the stream URL) or ONVIF (the address is the
 * device service; the recorder asks it for streams and drives its PTZ and relay outputs).
 */
public enum HardwareDriver {
    RTSP, ONVIF
}
