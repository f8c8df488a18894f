package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * The caller lacks the right. An {@link EJBAccessException}, so clients handle it like a container's role check;
 * declared an application exception so that it reaches them as itself: a plain system exception thrown by
 * {@link PermissionService} inside the calling bean's transaction would arrive wrapped in an
 * EJBTransactionRolledbackException.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
