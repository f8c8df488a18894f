package org.argusvms.events.infrastructure.persistence;

import org.argusvms.events.domain.model.rule.RuleExecution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

/**
 * Claims and finishes rule executions with plain JDBC on the transaction's connection: losing the race for the
 * unique {@code (rule_id, trigger_key)} is expected in a cluster, and JDBC lets it be a quiet {@code false} where the
 * JPA provider would log a warning with a stack trace.
 */
final class RuleExecutionRows {

    /** SQLSTATE class of integrity constraint violations (unique key), the same on every supported database. */
    private static final String INTEGRITY_VIOLATION = "23";

    private final DataSource dataSource;

    RuleExecutionRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** False if an execution of the rule for the same trigger already exists. */
    boolean claim(RuleExecution execution) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rule_execution (id, rule_id, rule_name, trigger_key, triggered_at, started_at, outcome)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, execution.id());
            insert.setString(2, execution.ruleId());
            insert.setString(3, execution.ruleName());
            insert.setString(4, execution.triggerKey());
            insert.setTimestamp(5, Timestamp.from(execution.triggeredAt()));
            insert.setTimestamp(6, Timestamp.from(execution.startedAt()));
            insert.setString(7, execution.outcome().name());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return false;
            }
            throw new IllegalStateException("could not record the execution of rule " + execution.ruleId(), e);
        }
    }

    void finish(RuleExecution execution) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE rule_execution SET outcome = ?, message = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, execution.outcome().name());
            update.setString(2, execution.message());
            update.setTimestamp(3, Timestamp.from(execution.finishedAt()));
            update.setString(4, execution.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the outcome of rule " + execution.ruleId(), e);
        }
    }
}
