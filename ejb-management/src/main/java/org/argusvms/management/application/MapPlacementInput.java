package org.argusvms.management.application;

/** One camera to place: x and y from 0 to 1; rotation (0..359 degrees) and label are optional. */
public record MapPlacementInput(String cameraId, Double x, Double y, Integer rotation, String label) {
}
