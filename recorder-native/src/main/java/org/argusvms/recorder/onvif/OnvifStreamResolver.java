package org.argusvms.recorder.onvif;

import org.argusvms.recorder.protocol.CameraConfiguration;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** Asks a camera's ONVIF services for the RTSP URL of its main profile, or of its second one for a live stream. */
public final class OnvifStreamResolver {

    private static final Logger LOG = Logger.getLogger(OnvifStreamResolver.class.getName());

    private final OnvifSettings settings;
    private final Clock clock;
    private final boolean secondProfile;
    /** The last answer per camera, so that the log tells changes rather than every reconnect. */
    private final Map<String, URI> lastResolved = new ConcurrentHashMap<>();

    public OnvifStreamResolver(OnvifSettings settings, Clock clock) {
        this(settings, clock, false);
    }

    private OnvifStreamResolver(OnvifSettings settings, Clock clock, boolean secondProfile) {
        this.settings = settings;
        this.clock = clock;
        this.secondProfile = secondProfile;
    }

    /** A resolver of the camera's second H.264/H.265 profile: its sub stream, for live viewers of small tiles. */
    public static OnvifStreamResolver ofSecondProfile(OnvifSettings settings, Clock clock) {
        return new OnvifStreamResolver(settings, clock, true);
    }

    /** @throws IllegalArgumentException when the configuration names no ONVIF address */
    public URI resolve(CameraConfiguration configuration) throws OnvifException {
        if (configuration.onvifAddress() == null) {
            throw new IllegalArgumentException("camera " + configuration.cameraId() + " has no ONVIF address");
        }
        OnvifCamera camera = OnvifCamera.connect(configuration.onvifAddress(), configuration.username(),
                configuration.password(), settings, clock);
        OnvifCamera.Profile profile = secondProfile ? camera.secondProfile() : camera.mainProfile();
        URI streamUri = camera.streamUri(profile.token());
        if (!streamUri.equals(lastResolved.put(configuration.cameraId(), streamUri))) {
            LOG.info(() -> "camera " + configuration.cameraId() + ": ONVIF profile '" + profile.token()
                    + "' streams at " + streamUri + snapshotNote(camera, profile));
        }
        return streamUri;
    }

    /** The snapshot URI, for the operator reading the log; a camera without one is no reason to fail. */
    private static String snapshotNote(OnvifCamera camera, OnvifCamera.Profile profile) {
        try {
            return ", snapshots at " + camera.snapshotUri(profile.token());
        } catch (OnvifException e) {
            return ", no snapshot URI (" + e.getMessage() + ")";
        }
    }
}
