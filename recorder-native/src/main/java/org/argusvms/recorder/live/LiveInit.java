package org.argusvms.recorder.live;

import jakarta.json.Json;
import org.argusvms.recorder.h264.ParameterSets;

/**
 * What a viewer needs before fragments: the text message that tells the browser how to create its SourceBuffer
 * ({@code {"type":"init","mime":…,"width":…,"height":…}}) and the binary init segment.
 */
public record LiveInit(ParameterSets parameterSets, String message, byte[] segment) {

    static LiveInit of(ParameterSets parameterSets, byte[] initSegment) {
        String message = Json.createObjectBuilder()
                .add("type", "init")
                .add("mime", parameterSets.mimeType())
                .add("width", parameterSets.width())
                .add("height", parameterSets.height())
                .build().toString();
        return new LiveInit(parameterSets, message, initSegment);
    }
}
