package org.argusvms.simulator.stream;

import java.time.Instant;

import org.argusvms.simulator.rtp.PacketizedAccessUnit;

/**
 * One tick of a camera's live feed.
 *
 * @param index       position on the feed's timeline, counted from the feed's start; keeps growing across clip loops
 * @param captureTime wall-clock time the frame stands for, on the feed's ideal schedule
 */
public record LiveFrame(long index, Instant captureTime, PacketizedAccessUnit accessUnit) {
}
