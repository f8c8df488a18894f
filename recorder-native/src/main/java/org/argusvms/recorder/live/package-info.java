/**
 * Live fan-out of one camera connection to many viewers as per-frame fMP4 fragments with a GOP cache; see
 * docs/design/live-streaming.md.
 */
package org.argusvms.recorder.live;
