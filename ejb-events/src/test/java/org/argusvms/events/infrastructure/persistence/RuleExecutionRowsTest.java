package org.argusvms.events.infrastructure.persistence;

import org.argusvms.events.domain.model.rule.ActionType;
import org.argusvms.events.domain.model.rule.ExecutionOutcome;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleAction;
import org.argusvms.events.domain.model.rule.RuleExecution;
import org.argusvms.events.domain.model.rule.RuleTrigger;
import org.argusvms.management.infrastructure.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heart of "once per trigger": the database admits one execution per rule and trigger key, quietly. */
class RuleExecutionRowsTest {

    private static final Instant AT = Instant.parse("2026-11-25T20:00:00Z");

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Rule rule = rule("r-1", "Night doors");

    @BeforeEach
    void migrate() throws Exception {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new SchemaMigrator(dataSource, "events", getClass().getClassLoader()).migrate(EventSchema.MIGRATIONS);
    }

    @Test
    void theSecondClaimOfTheSameTriggerIsRefusedWithoutAnError() throws Exception {
        RuleExecutionRows rows = new RuleExecutionRows(dataSource);

        assertTrue(rows.claim(execution(rule, "event:e-1")));
        assertFalse(rows.claim(execution(rule, "event:e-1")), "a redelivery or another node");
        assertTrue(rows.claim(execution(rule, "event:e-2")), "another event");
        assertTrue(rows.claim(execution(rule("r-2", "Other"), "event:e-1")), "another rule, same event");

        assertEquals(3, count("SELECT COUNT(*) FROM rule_execution"));
    }

    @Test
    void finishingRecordsTheOutcome() throws Exception {
        RuleExecutionRows rows = new RuleExecutionRows(dataSource);
        RuleExecution execution = execution(rule, "profile:p-1:START:2026-11-25T20:00:00Z");
        rows.claim(execution);

        execution.finish(ExecutionOutcome.FAILED, "action 1 SEND_EMAIL: connection refused", AT.plusSeconds(1));
        rows.finish(execution);

        assertEquals(1, count("SELECT COUNT(*) FROM rule_execution WHERE outcome = 'FAILED'"
                + " AND message = 'action 1 SEND_EMAIL: connection refused' AND finished_at IS NOT NULL"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static RuleExecution execution(Rule rule, String triggerKey) {
        return new RuleExecution(UUID.randomUUID().toString(), rule, triggerKey, AT, AT);
    }

    private static Rule rule(String id, String name) {
        return new Rule(id, new Rule.Definition(name, null, true, RuleTrigger.onEvent("generic", null, null, null, null),
                null, List.of(new RuleAction(ActionType.WRITE_RULE_LOG, null, null, null, "x", null, null, null))));
    }
}
