package org.argusvms.recorder.h264;

/** A camera sent H.264 data this recorder cannot interpret; the offending unit is dropped, ingest goes on. */
public class MalformedBitstreamException extends RuntimeException {

    public MalformedBitstreamException(String message) {
        super(message);
    }
}
