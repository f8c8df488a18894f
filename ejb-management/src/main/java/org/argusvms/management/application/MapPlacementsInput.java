package org.argusvms.management.application;

import java.util.List;

/** The whole list of cameras on a map, and the version of the map it replaces (required). */
public record MapPlacementsInput(List<MapPlacementInput> placements, Long version) {
}
