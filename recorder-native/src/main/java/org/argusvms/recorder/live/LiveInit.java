package org.argusvms.recorder.live;

import jakarta.json.Json;
import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.h264.ParameterSets;

/**
 * What a viewer needs before fragments: the text message that tells the browser how to create its SourceBuffer
 * ({@code {"type":"init","mime":…,"width":…,"height":…,"audio":…}}) and the binary init segment. With a sound track
 * the mime lists both codecs ({@code video/mp4; codecs="avc1.64001f,mp4a.40.2"}) and {@code audio} is true.
 */
public record LiveInit(ParameterSets parameterSets, AudioFormat audio, String message, byte[] segment) {

    static LiveInit of(ParameterSets parameterSets, byte[] initSegment) {
        return of(parameterSets, null, initSegment);
    }

    /** @param audio the stream's sound track, or null for video only */
    static LiveInit of(ParameterSets parameterSets, AudioFormat audio, byte[] initSegment) {
        String codecs = parameterSets.codecString() + (audio == null ? "" : "," + audio.codecString());
        String message = Json.createObjectBuilder()
                .add("type", "init")
                .add("mime", "video/mp4; codecs=\"" + codecs + "\"")
                .add("width", parameterSets.width())
                .add("height", parameterSets.height())
                .add("audio", audio != null)
                .build().toString();
        return new LiveInit(parameterSets, audio, message, initSegment);
    }
}
