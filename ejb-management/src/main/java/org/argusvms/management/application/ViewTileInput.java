package org.argusvms.management.application;

/** One tile of a view being defined: its position (row by row from 0) and the camera on it. */
public record ViewTileInput(Integer position, String cameraId) {
}
