package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.events.application.RuleExecutionView;
import org.argusvms.events.application.RuleInput;
import org.argusvms.events.application.RuleService;
import org.argusvms.events.application.RuleView;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleExecutionRepository;
import org.argusvms.events.domain.model.rule.RuleRepository;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.application.internal.AuditLog;
import org.argusvms.management.domain.model.role.AdminArea;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every method requires the CONFIGURATION admin area (checked here, so the refusal is audited); changes are audited. */
@Stateless
@PermitAll
public class DefaultRuleService implements RuleService {

    @Inject
    private RuleRepository rules;

    @Inject
    private RuleExecutionRepository executions;

    @Inject
    private RuleInputValidator validator;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Override
    public List<RuleView> listRules(String nameContains, PageRequest page) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return rules.findPage(nameContains, page.offset(), page.limit()).stream().map(RuleViews::toView).toList();
    }

    @Override
    public Optional<RuleView> findRule(String ruleId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return rules.find(ruleId).map(RuleViews::toView);
    }

    @Override
    public RuleView createRule(RuleInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Rule.Definition definition = validator.validate(input);
        requireUniqueName(definition.name(), null);
        Rule rule = new Rule(UUID.randomUUID().toString(), definition);
        rules.store(rule);
        audit.succeeded("rule.create", describe(rule));
        return RuleViews.toView(rule);
    }

    @Override
    public RuleView changeRule(String ruleId, RuleInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Rule.Definition definition = validator.validate(input);
        if (input.version() == null) {
            throw new ValidationException("version", "version is required: send the version of the rule you changed");
        }
        Rule rule = existing(ruleId);
        if (rule.version() != input.version()) {
            throw staleVersion(ruleId);
        }
        requireUniqueName(definition.name(), ruleId);
        rule.define(definition);
        try {
            rules.store(rule);
        } catch (OptimisticLockException e) {
            throw staleVersion(ruleId);
        }
        audit.succeeded("rule.change", describe(rule));
        return RuleViews.toView(rule);
    }

    @Override
    public void deleteRule(String ruleId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Rule rule = existing(ruleId);
        executions.removeByRule(ruleId);
        rules.remove(rule);
        audit.succeeded("rule.delete", describe(rule));
    }

    @Override
    public List<RuleExecutionView> executions(String ruleId, PageRequest page) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        existing(ruleId);
        return executions.findByRule(ruleId, page.offset(), page.limit()).stream().map(RuleViews::toView).toList();
    }

    private Rule existing(String ruleId) {
        return rules.find(ruleId).orElseThrow(() -> new NotFoundException("rule " + ruleId + " does not exist"));
    }

    private void requireUniqueName(String name, String exceptId) {
        rules.findByName(name).filter(other -> !other.id().equals(exceptId)).ifPresent(other -> {
            throw new ValidationException("name", "a rule named \"" + name + "\" already exists");
        });
    }

    private static String describe(Rule rule) {
        return "rule " + rule.id() + " (" + rule.name() + ")";
    }

    private static ConflictException staleVersion(String ruleId) {
        return new ConflictException("rule " + ruleId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
