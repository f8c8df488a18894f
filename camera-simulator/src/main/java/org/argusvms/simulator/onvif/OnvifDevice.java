package org.argusvms.simulator.onvif;

import java.time.Clock;
import java.util.List;

import org.argusvms.simulator.clip.ClipSpec;

/**
 * One simulated camera as an ONVIF device: a media profile for its main stream and one for its sub stream, a PTZ
 * head and relay outputs. The PTZ and relay state is what commands over ONVIF change and what tests read.
 *
 * @param subStream the sub stream's clip (profile {@link #SUB_PROFILE_TOKEN}), null when the camera has none
 * @param rtspPort the port of the simulator's RTSP server, for the stream URI GetStreamUri hands out
 * @param snapshot the JPEG GetSnapshotUri's address serves
 */
public record OnvifDevice(String cameraName, ClipSpec stream, ClipSpec subStream, int rtspPort, byte[] snapshot, PtzState ptz,
                          RelayOutputs relays) {

    public static final String PROFILE_TOKEN = "main";
    public static final String SUB_PROFILE_TOKEN = "sub";
    public static final List<String> RELAY_TOKENS = List.of("relay1", "relay2");

    public static OnvifDevice of(String cameraName, ClipSpec stream, ClipSpec subStream, int rtspPort,
                                 byte[] snapshot, Clock clock) {
        return new OnvifDevice(cameraName, stream, subStream, rtspPort, snapshot.clone(), new PtzState(clock),
                new RelayOutputs(RELAY_TOKENS));
    }
}
