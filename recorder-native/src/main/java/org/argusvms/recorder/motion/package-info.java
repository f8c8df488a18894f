/**
 * Motion detection on the recorder and smart-search metadata (docs/design/motion-detection.md): key frames (or a
 * few frames a second) of a camera are decoded to a small grey picture, compared with a running-average background
 * and reduced to a {@link org.argusvms.recorder.motion.GridCells 16×12 grid}; hysteresis turns that into
 * {@code motion.started}/{@code motion.stopped} events, and one grid per second with motion is appended to hourly
 * files that {@link org.argusvms.recorder.motion.MotionSearch} answers "motion in this region between T1 and T2" from.
 */
package org.argusvms.recorder.motion;
