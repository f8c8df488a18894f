package org.argusvms.events.domain.model.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.events.infrastructure.persistence.RuleActionsConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * "When this happens (trigger), and only while that time profile is active (condition), do these things (actions,
 * in order)." Rules are configuration: they survive restarts, and the rule engine runs each once per event or
 * time-profile transition ({@link RuleExecution}).
 */
@Entity
@Table(name = "rule_definition")
public class Rule {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String name;

    private String description;

    @Column(nullable = false)
    private boolean enabled;

    @Embedded
    private RuleTrigger trigger;

    /** The rule acts only while this time profile is active; null: always. */
    @Column(name = "only_while_profile_id")
    private String onlyWhileProfileId;

    @Convert(converter = RuleActionsConverter.class)
    @Column(nullable = false)
    private List<RuleAction> actions = new ArrayList<>();

    @Version
    private long version;

    protected Rule() {
    }

    public Rule(String id, Definition definition) {
        this.id = id;
        define(definition);
    }

    /** Everything but the identity, already validated. */
    public record Definition(String name, String description, boolean enabled, RuleTrigger trigger,
                             String onlyWhileProfileId, List<RuleAction> actions) {
    }

    /** Replaces every setting (PUT semantics). */
    public final void define(Definition definition) {
        this.name = definition.name();
        this.description = definition.description();
        this.enabled = definition.enabled();
        this.trigger = definition.trigger();
        this.onlyWhileProfileId = definition.onlyWhileProfileId();
        this.actions = new ArrayList<>(definition.actions());
    }

    /** True if this enabled rule has an EVENT trigger that the event satisfies (the condition is checked apart). */
    public boolean isTriggeredBy(RuleEvent event) {
        return enabled && trigger.matches(event);
    }

    /** True if the rule refers to the time profile, in its trigger or its condition. */
    public boolean usesTimeProfile(String profileId) {
        return profileId.equals(trigger.timeProfileId()) || profileId.equals(onlyWhileProfileId);
    }

    public Definition definition() {
        return new Definition(name, description, enabled, trigger, onlyWhileProfileId, List.copyOf(actions));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public RuleTrigger trigger() {
        return trigger;
    }

    public String onlyWhileProfileId() {
        return onlyWhileProfileId;
    }

    public List<RuleAction> actions() {
        return List.copyOf(actions);
    }

    public long version() {
        return version;
    }
}
