/** What the recorder knows about codecs independently of any one of them. */
package org.argusvms.recorder.codec;
