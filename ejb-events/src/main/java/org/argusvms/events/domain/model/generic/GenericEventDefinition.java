package org.argusvms.events.domain.model.generic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * What turns a line of text from an external system into an event: a match expression, optionally restricted to
 * one sender address. Only enabled definitions are matched.
 */
@Entity
@Table(name = "generic_event_definition")
public class GenericEventDefinition {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_type", nullable = false)
    private MatchType matchType;

    @Column(nullable = false)
    private String expression;

    @Column(name = "ignore_case", nullable = false)
    private boolean ignoreCase;

    /** Null: messages from any sender; otherwise the sender's IP address in its canonical text form. */
    @Column(name = "source_address")
    private String sourceAddress;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    @Transient
    private MessageMatcher matcher;

    protected GenericEventDefinition() {
    }

    public GenericEventDefinition(String id, String name, MatchType matchType, String expression, boolean ignoreCase,
                                  String sourceAddress, boolean enabled) {
        this.id = id;
        change(name, matchType, expression, ignoreCase, sourceAddress, enabled);
    }

    /** Replaces everything but the identity (PUT semantics). */
    public final void change(String name, MatchType matchType, String expression, boolean ignoreCase,
                             String sourceAddress, boolean enabled) {
        this.name = name;
        this.matchType = matchType;
        this.expression = expression;
        this.ignoreCase = ignoreCase;
        this.sourceAddress = sourceAddress;
        this.enabled = enabled;
        this.matcher = null;
    }

    /** Whether a message with {@code text} from {@code senderAddress} is an occurrence of this event. */
    public boolean matches(String text, String senderAddress) {
        if (!enabled || (sourceAddress != null && !sourceAddress.equals(senderAddress))) {
            return false;
        }
        if (matcher == null) {
            matcher = new MessageMatcher(matchType, expression, ignoreCase);
        }
        return matcher.matches(text);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public MatchType matchType() {
        return matchType;
    }

    public String expression() {
        return expression;
    }

    public boolean ignoreCase() {
        return ignoreCase;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public boolean enabled() {
        return enabled;
    }

    public long version() {
        return version;
    }
}
