package org.argusvms.simulator.onvif;

import java.time.Clock;
import java.util.List;

import org.argusvms.simulator.clip.ClipSpec;

/**
 * One simulated camera as an ONVIF device: one media profile for its stream, a PTZ head and relay outputs. The
 * PTZ and relay state is what commands over ONVIF change and what tests read.
 *
 * @param rtspPort the port of the simulator's RTSP server, for the stream URI GetStreamUri hands out
 * @param snapshot the JPEG GetSnapshotUri's address serves
 */
public record OnvifDevice(String cameraName, ClipSpec stream, int rtspPort, byte[] snapshot, PtzState ptz,
                          RelayOutputs relays) {

    public static final String PROFILE_TOKEN = "main";
    public static final List<String> RELAY_TOKENS = List.of("relay1", "relay2");

    public static OnvifDevice of(String cameraName, ClipSpec stream, int rtspPort, byte[] snapshot, Clock clock) {
        return new OnvifDevice(cameraName, stream, rtspPort, snapshot.clone(), new PtzState(clock),
                new RelayOutputs(RELAY_TOKENS));
    }
}
