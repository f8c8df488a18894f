package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.VideoCodec;

import java.util.List;

/**
 * The video media of a session description the recorder streams.
 *
 * @param control       the track's control attribute as written (resolve against the base URL), or null
 * @param sessionControl the session-level control attribute (aggregate control), or null
 * @param parameterSets out-of-band parameter sets (sprop-parameter-sets; sprop-vps/sps/pps), NAL units without
 *                      start codes
 */
record VideoTrack(VideoCodec codec, int payloadType, int clockRate, String control, String sessionControl,
                  List<byte[]> parameterSets) {
}
