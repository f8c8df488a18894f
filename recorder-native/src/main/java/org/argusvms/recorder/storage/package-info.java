/**
 * Recordings on disk (fragmented MP4 segment files per camera and day), the media database over them (segment index,
 * crash recovery, retention, evidence locks; docs/design/media-database.md) and the recorder's durable state files.
 */
package org.argusvms.recorder.storage;
