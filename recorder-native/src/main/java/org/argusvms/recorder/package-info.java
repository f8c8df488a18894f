/**
 * The Argus recording server process: {@link org.argusvms.recorder.RecorderMain} parses the command line and
 * {@link org.argusvms.recorder.Recorder} wires cameras, storage, the control and media ports and the event client.
 */
package org.argusvms.recorder;
