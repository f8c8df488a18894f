package org.argusvms.recorder.camera;

/** Counters carried over when a camera is reconfigured, so that status figures cover the camera's whole life. */
record CameraTotals(long framesReceived, long bytesWritten) {

    static final CameraTotals NONE = new CameraTotals(0, 0);
}
