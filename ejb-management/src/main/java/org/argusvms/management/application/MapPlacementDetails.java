package org.argusvms.management.application;

import java.io.Serializable;

/** A camera on a map: where (fractions 0..1 of the picture from its top left), turned how far, and with which label. */
public record MapPlacementDetails(String cameraId, String cameraName, double x, double y, Integer rotation,
                                  String label) implements Serializable {
}
