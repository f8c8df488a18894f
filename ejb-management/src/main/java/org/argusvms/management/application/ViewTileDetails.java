package org.argusvms.management.application;

import java.io.Serializable;

/**
 * One non-empty tile. A tile of a camera the reader has no LIVE right on is {@code restricted}: it carries neither the
 * camera's id nor its name, so a view never reveals cameras to someone who may not watch them.
 */
public record ViewTileDetails(int position, String cameraId, String cameraName, boolean restricted)
        implements Serializable {

    public static ViewTileDetails camera(int position, String cameraId, String cameraName) {
        return new ViewTileDetails(position, cameraId, cameraName, false);
    }

    public static ViewTileDetails restricted(int position) {
        return new ViewTileDetails(position, null, null, true);
    }
}
