package org.argusvms.recorder.ingest;

import org.argusvms.recorder.onvif.OnvifException;
import org.argusvms.recorder.onvif.OnvifStreamResolver;
import org.argusvms.recorder.protocol.CameraConfiguration;

/**
 * Opens pipelines for cameras configured by their ONVIF address only: asks the camera for its stream URL on every
 * connect (a camera may hand out another one after a reboot or a profile change), then opens the RTSP pipeline.
 * A configured stream URL wins; ONVIF then serves PTZ and outputs only. Runs on the session's supervisor thread,
 * so a slow camera delays only its own reconnects; a failure is a failed connect, retried with backoff.
 */
final class OnvifResolvingPipelines implements CameraPipeline.Factory {

    private final CameraPipeline.Factory rtsp;
    private final OnvifStreamResolver resolver;

    OnvifResolvingPipelines(CameraPipeline.Factory rtsp, OnvifStreamResolver resolver) {
        this.rtsp = rtsp;
        this.resolver = resolver;
    }

    @Override
    public CameraPipeline open(CameraConfiguration configuration, CameraPipeline.Listener listener) {
        if (configuration.streamUrl() != null) {
            return rtsp.open(configuration, listener);
        }
        try {
            return rtsp.open(configuration.withStreamUrl(resolver.resolve(configuration)), listener);
        } catch (OnvifException e) {
            throw new IllegalStateException("no stream URL from ONVIF: " + e.getMessage(), e);
        }
    }
}
