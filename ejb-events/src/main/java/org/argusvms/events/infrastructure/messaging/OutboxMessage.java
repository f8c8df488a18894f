package org.argusvms.events.infrastructure.messaging;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One message for the {@code ArgusEvents} topic, published once the transaction of the event (or alarm change) it
 * carries has committed; if it is {@link #durable()}, stored in that transaction and deleted once it is on the topic:
 * the transactional outbox of docs/design/event-outbox.md. The properties are the
 * ones subscribers select on, so they are columns rather than part of the body.
 */
@Entity
@Table(name = "event_outbox")
public class OutboxMessage {

    @Id
    private String id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "source_type", nullable = false)
    private String sourceType;

    @Column(name = "camera_id")
    private String cameraId;

    /** Null for messages the rule engine never takes (alarms): its selector needs TRUE. */
    @Column(name = "rule_candidate")
    private Boolean ruleCandidate;

    @Lob
    @Column(nullable = false)
    private String body;

    protected OutboxMessage() {
    }

    OutboxMessage(String eventType, String sourceType, String cameraId, Boolean ruleCandidate, String body,
                  Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = createdAt;
        this.eventType = eventType;
        this.sourceType = sourceType;
        this.cameraId = cameraId;
        this.ruleCandidate = ruleCandidate;
        this.body = body;
    }

    String id() {
        return id;
    }

    /**
     * Whether the message must survive a crash between the commit and its publication: only if the rule engine, the
     * one durable subscriber, takes it. The others go to non-durable subscriptions (live WebSocket and alarm pages),
     * which miss what is published while a node fails anyway; storing them would only cost an insert and a delete.
     */
    boolean durable() {
        return Boolean.TRUE.equals(ruleCandidate);
    }

    Instant createdAt() {
        return createdAt;
    }

    /** Sends it on {@code jms}, in whatever transaction that context has. */
    void sendOn(JMSContext jms, Topic topic) {
        JMSProducer producer = jms.createProducer().setProperty("eventType", eventType)
                .setProperty("sourceType", sourceType);
        if (cameraId != null) {
            producer.setProperty("cameraId", cameraId);
        }
        if (ruleCandidate != null) {
            producer.setProperty(EventPublisher.RULE_CANDIDATE, ruleCandidate.booleanValue());
        }
        producer.send(topic, body);
    }
}
