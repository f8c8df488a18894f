package org.argusvms.management.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a query fail at once while the database is unreachable. By default EclipseLink retries a read that failed on a
 * communication error three times, sleeping 5 s before the second and third retry, in the caller's thread. The
 * datasource already hands out only validated connections (validate-on-match), so such a retry cannot succeed
 * before the database is back, and meanwhile it holds the caller: the generic-event listener's single thread stood
 * still for 10 s per message during a database outage (every generic sender stalled, UDP datagrams were dropped),
 * and senders on the acknowledged ports and REST clients waited instead of being told to resend (DatabaseOutageIT).
 *
 * <p>Set as {@code eclipselink.session.customizer} of every persistence unit on ArgusDS.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            // 0 leaves one immediate retry, without the sleep (AbstractSession.retryQuery)
            login.setQueryRetryAttemptCount(0);
        }
    }
}
