package org.argusvms.events.domain.model.rule;

import java.util.List;
import java.util.Optional;

public interface RuleRepository {

    Optional<Rule> find(String id);

    Optional<Rule> findByName(String name);

    /** Ordered by name; {@code nameContains} ignores case, null for all. */
    List<Rule> findPage(String nameContains, int offset, int limit);

    /**
     * Enabled rules with an EVENT trigger, of every event type, for pre-selecting the rules an event triggers; may lag
     * a change made on another cluster node by a couple of seconds.
     */
    List<Rule> enabledOnEvents();

    /** Enabled rules triggered by a time profile's start or end. */
    List<Rule> enabledOnTimeProfiles();

    /** Rules whose trigger or condition refers to the profile. */
    List<Rule> usingTimeProfile(String profileId);

    void store(Rule rule);

    void remove(Rule rule);
}
