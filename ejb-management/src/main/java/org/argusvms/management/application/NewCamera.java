package org.argusvms.management.application;

/** What an administrator supplies to add a camera; validated by {@link CameraService#addCamera}. */
public record NewCamera(String name, String streamUrl, String username, String password, String recorderId,
                        String recordingMode, Boolean enabled) {
}
