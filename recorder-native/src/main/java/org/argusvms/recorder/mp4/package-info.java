/**
 * Fragmented MP4 (ISO/IEC 14496-12/-15) writing for one H.264 track: init segments and moof/mdat fragments.
 */
package org.argusvms.recorder.mp4;
