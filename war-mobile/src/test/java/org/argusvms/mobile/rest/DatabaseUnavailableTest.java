package org.argusvms.mobile.rest;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void thePoolFailingToGetAConnectionMeansTheDatabaseIsUnavailable() {
        SQLException pool = new SQLException(new ResourceException("IJ000453: Unable to get managed connection"));

        assertTrue(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(pool))));
    }

    @Test
    void aConnectionLostOrEndedByTheServerMeansTheDatabaseIsUnavailable() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P03"}) {
            assertTrue(DatabaseUnavailable.causedBy(
                    new EJBException(new PersistenceException(new SQLException("gone", state)))), state);
        }
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertFalse(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(DatabaseUnavailable.causedBy(new EJBException(new SQLException("no state"))));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("bug")));
    }

    @Test
    void aResourceAdapterFailureOutsideJdbcIsNotADatabaseOutage() {
        assertFalse(DatabaseUnavailable.causedBy(new EJBException(new ResourceException("recorder unreachable"))));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(DatabaseUnavailable.causedBy(first));
    }
}
