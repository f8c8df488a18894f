package org.argusvms.events.application.internal;

import jakarta.ejb.ApplicationException;

/**
 * An action did not fully happen, but what it did change stays (a recording mode stored while its recorder is
 * unreachable reaches the recorder when it registers again): hence no rollback.
 */
@ApplicationException(rollback = false)
public class RuleActionFailedException extends RuntimeException {

    public RuleActionFailedException(String message) {
        super(message);
    }
}
