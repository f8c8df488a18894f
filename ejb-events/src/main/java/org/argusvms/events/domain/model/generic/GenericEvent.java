package org.argusvms.events.domain.model.generic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A message that matched a generic-event definition. The definition's name is copied, so the history stays readable
 * after a definition is renamed or deleted. Immutable once stored.
 */
@Entity
@Table(name = "generic_event")
public class GenericEvent {

    @Id
    private String id;

    @Column(name = "definition_id", nullable = false)
    private String definitionId;

    @Column(name = "definition_name", nullable = false)
    private String definitionName;

    @Column(name = "source_address", nullable = false)
    private String sourceAddress;

    @Column(nullable = false)
    private String transport;

    @Lob
    @Column(nullable = false)
    private String message;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected GenericEvent() {
    }

    public GenericEvent(String id, GenericEventDefinition definition, String sourceAddress, String transport,
                        String message, Instant receivedAt) {
        this.id = id;
        this.definitionId = definition.id();
        this.definitionName = definition.name();
        this.sourceAddress = sourceAddress;
        this.transport = transport;
        this.message = message;
        this.receivedAt = receivedAt;
    }

    public String id() {
        return id;
    }

    public String definitionId() {
        return definitionId;
    }

    public String definitionName() {
        return definitionName;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String transport() {
        return transport;
    }

    public String message() {
        return message;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
