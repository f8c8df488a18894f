package org.argusvms.management.domain.model.role;

/** What a role may do with a camera it is granted on. */
public enum CameraRight {
    LIVE, PLAYBACK, EXPORT, EVIDENCE_LOCK, PTZ, AUDIO_LISTEN, AUDIO_TALK, OUTPUT, ALARM_HANDLING
}
