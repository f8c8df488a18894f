/**
 * Small helpers shared across packages: backoff and thread naming.
 */
package org.argusvms.recorder.support;
