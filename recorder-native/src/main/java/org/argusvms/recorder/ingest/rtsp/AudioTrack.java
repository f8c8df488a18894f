package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.AudioFormat;

/**
 * The audio media of a session description the recorder records beside the video.
 *
 * @param control          the track's control attribute as written (resolve against the base URL), or null
 * @param sizeLength       RFC 3640 AU-size bits in an AU header (AAC only; 13 for AAC-hbr)
 * @param indexLength      RFC 3640 AU-Index bits of the first AU header
 * @param indexDeltaLength RFC 3640 AU-Index-Delta bits of the following AU headers
 */
record AudioTrack(AudioFormat format, int payloadType, String control, int sizeLength, int indexLength,
                  int indexDeltaLength) {
}
