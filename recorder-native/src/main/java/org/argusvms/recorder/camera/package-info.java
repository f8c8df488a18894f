/**
 * One configured camera (connection, recording, live stream) and the service that applies, persists and restores
 * camera configurations.
 */
package org.argusvms.recorder.camera;
