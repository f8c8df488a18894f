package org.argusvms.mobile.rest;

import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.Response;

import java.sql.SQLException;

/**
 * A request that failed because the database could not be reached, not because of anything it asked: answered
 * {@code 503} with {@code Retry-After}, so that clients (REST triggers with an Idempotency-Key, for one) know that
 * sending the same request again later is the right thing to do.
 */
final class DatabaseUnavailable {

    /** Seconds; a database restart or failover takes about this long. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_CAUSES = 32;

    private DatabaseUnavailable() {
    }

    /**
     * True if a cause of {@code failure} is the datasource's pool failing to get a connection (an SQLException around
     * a ResourceException), or an SQLException of class 08 (connection exception) or 57P0 (PostgreSQL: the server
     * ended the session or is starting up).
     */
    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (sql.getCause() instanceof ResourceException || isConnectionState(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static Response response() {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Database unavailable",
                        "the database cannot be reached at the moment; send the same request again later"))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
