package org.argusvms.simulator.rtsp;

import org.argusvms.simulator.stream.SimulatedCamera;
import org.argusvms.simulator.stream.ViewerStream;

/** An RTSP session: one viewer of one camera, created by SETUP, ended by TEARDOWN or by its connection closing. */
record StreamSession(String id, SimulatedCamera camera, ViewerStream viewer) {
}
