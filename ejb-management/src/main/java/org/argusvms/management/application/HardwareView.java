package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

/**
 * A piece of hardware as administrators see it: never its credentials ({@code credentialsSet} only says whether it
 * has any). {@code driver} is RTSP or ONVIF; {@code address} the stream URL or ONVIF device service.
 */
public record HardwareView(String id, String name, String driver, String address, String recorderId,
                           boolean enabled, boolean credentialsSet, long version, List<DeviceView> devices)
        implements Serializable {
}
