package org.argusvms.recorder.protocol;

/**
 * How a camera's recording follows triggers (events over the control protocol, motion): how much video before the
 * trigger is kept in memory and written with it, how long recording continues after the last trigger, and what
 * {@link RecordingMode#ALWAYS} records while untriggered.
 *
 * @param preBufferSeconds  video kept in memory before a trigger, 0..{@value #MAX_PRE_BUFFER_SECONDS}; the recording
 *                          starts at the keyframe at or before this point
 * @param postBufferSeconds recording continues this long after the last trigger ends,
 *                          0..{@value #MAX_POST_BUFFER_SECONDS}
 * @param idleRecording     what ALWAYS records while untriggered (other modes ignore it)
 */
public record TriggeredRecording(int preBufferSeconds, int postBufferSeconds, IdleRecording idleRecording) {

    public static final int MAX_PRE_BUFFER_SECONDS = 60;
    public static final int MAX_POST_BUFFER_SECONDS = 3600;
    public static final TriggeredRecording DEFAULTS = new TriggeredRecording(5, 10, IdleRecording.FULL);

    public TriggeredRecording {
        if (preBufferSeconds < 0 || preBufferSeconds > MAX_PRE_BUFFER_SECONDS) {
            throw new IllegalArgumentException("preBufferSeconds must be 0.." + MAX_PRE_BUFFER_SECONDS + ", got "
                    + preBufferSeconds);
        }
        if (postBufferSeconds < 0 || postBufferSeconds > MAX_POST_BUFFER_SECONDS) {
            throw new IllegalArgumentException("postBufferSeconds must be 0.." + MAX_POST_BUFFER_SECONDS + ", got "
                    + postBufferSeconds);
        }
        if (idleRecording == null) {
            throw new IllegalArgumentException("idleRecording must be set");
        }
    }
}
