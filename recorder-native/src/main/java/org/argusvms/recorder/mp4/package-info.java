/**
 * Fragmented MP4 (ISO/IEC 14496-12/-15) for one H.264 track: writing init segments and moof/mdat fragments, reading
 * a stored file's fragment structure, and rewriting headers for exports.
 */
package org.argusvms.recorder.mp4;
