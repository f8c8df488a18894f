package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

/**
 * A map as its reader sees it: {@code imageType}, {@code imageWidth} and {@code imageHeight} are null until a picture
 * is uploaded; {@code placements} lists only cameras the reader may watch live.
 */
public record MapDetails(String id, String name, String imageType, Integer imageWidth, Integer imageHeight,
                         List<MapPlacementDetails> placements, long version) implements Serializable {
}
