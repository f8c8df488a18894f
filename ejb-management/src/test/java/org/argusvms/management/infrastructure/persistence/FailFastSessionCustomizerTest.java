package org.argusvms.management.infrastructure.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailFastSessionCustomizerTest {

    @Test
    void readsAreNotRetriedWithSleepsWhileTheDatabaseIsDown() throws Exception {
        DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        assertTrue(login.getQueryRetryAttemptCount() > 1, "EclipseLink's default retries, with a sleep before the second");

        new FailFastSessionCustomizer().customize(session);

        assertEquals(0, login.getQueryRetryAttemptCount());
    }
}
