/**
 * H.264 bitstream handling: access units, parameter sets, the SPS fields containers and browsers need, and the
 * frame model shared by storage and live.
 */
package org.argusvms.recorder.h264;
