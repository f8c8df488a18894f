package org.argusvms.connector.api;

/** Hands out connections to recorders; pooled and matched by endpoint inside the resource adapter. */
public interface RecorderConnectionFactory {

    /**
     * A connection to the recorder whose command port listens at {@code host:port}. Close it (try-with-resources)
     * to return it to the pool.
     */
    RecorderConnection getConnection(String host, int port) throws RecorderCommandException;

    /**
     * Signs a ticket that lets {@code subject} receive {@code cameraId}'s media from its recorder for {@code validity}.
     * The signing key is the one the adapter hands to every recorder when it registers; callers must check the
     * subject's permission on the camera before asking.
     */
    default String issueMediaTicket(String cameraId, String subject, java.time.Duration validity) {
        return issueMediaTicket(cameraId, subject, validity, org.argusvms.recorder.protocol.MediaTicket.Purpose.LIVE);
    }

    /** Like {@link #issueMediaTicket(String, String, java.time.Duration)}, for the given purpose (live, playback, export). */
    String issueMediaTicket(String cameraId, String subject, java.time.Duration validity,
            org.argusvms.recorder.protocol.MediaTicket.Purpose purpose);
}
