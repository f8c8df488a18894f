package org.argusvms.management.application;

import java.io.Serializable;

/**
 * One weekly interval as clients send and see it: {@code day} MONDAY..SUNDAY, {@code start} and {@code end} as
 * HH:mm or HH:mm:ss; the end is exclusive and an end at or before the start means the next day.
 */
public record TimeProfileInterval(String day, String start, String end) implements Serializable {
}
