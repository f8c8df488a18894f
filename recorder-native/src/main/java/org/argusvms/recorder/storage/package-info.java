/**
 * Recordings on disk (fragmented MP4 segment files per camera and day) and the recorder's durable state files.
 */
package org.argusvms.recorder.storage;
