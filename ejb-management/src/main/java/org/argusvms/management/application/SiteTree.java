package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

/** Site → recording servers → hardware → devices, as the administrator's tree shows it. */
public record SiteTree(SiteView site, List<RecorderNode> recordingServers) implements Serializable {

    /** A recording server with whether it is online now and its hardware. */
    public record RecorderNode(String id, String name, boolean online, List<HardwareView> hardware)
            implements Serializable {
    }
}
