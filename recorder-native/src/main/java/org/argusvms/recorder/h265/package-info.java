/**
 * H.265 (HEVC) bitstream handling: NAL unit types, access units, the SPS fields containers and browsers need and the
 * hvcC record; frames and parameter sets are the codec-neutral ones of the h264 package.
 */
package org.argusvms.recorder.h265;
