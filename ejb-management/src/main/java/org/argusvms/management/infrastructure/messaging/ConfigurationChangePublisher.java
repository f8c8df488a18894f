package org.argusvms.management.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange;
import org.argusvms.management.application.ConfigurationChange.Kind;
import org.argusvms.management.application.ConfigurationChange.ObjectType;

import java.time.Clock;

/**
 * The one way configuration changes are announced: services call it next to storing the change, and the message is
 * sent through the container's XA connection factory inside the same transaction. Subscribers therefore learn of a
 * change exactly when it is committed, never of one that was rolled back (a refused or conflicting edit).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ConfigurationChangePublisher {

    /** The caller the container reports when no user is behind a call (recorder registrations). */
    private static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/topic/ArgusConfigurationChanged")
    private Topic topic;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /** This node's own caches of configuration (e.g. the permission model), told at once, not through the topic. */
    @Inject
    private Event<ConfigurationChange> localObservers;

    public void created(ObjectType type, String id, long version, ConfigurationAudience audience) {
        publish(type, id, Kind.CREATED, version, audience);
    }

    public void updated(ObjectType type, String id, long version, ConfigurationAudience audience) {
        publish(type, id, Kind.UPDATED, version, audience);
    }

    public void deleted(ObjectType type, String id, long version, ConfigurationAudience audience) {
        publish(type, id, Kind.DELETED, version, audience);
    }

    private void publish(ObjectType type, String id, Kind kind, long version, ConfigurationAudience audience) {
        ConfigurationChange change = new ConfigurationChange(type, id, kind, version, changedBy(), clock.instant());
        var producer = jms.createProducer()
                .setProperty("objectType", type.wireName())
                .setProperty(ConfigurationAudience.KIND_PROPERTY, audience.kind().name());
        if (audience.key() != null) {
            producer.setProperty(ConfigurationAudience.KEY_PROPERTY, audience.key());
        }
        producer.send(topic, change.toJson());
        localObservers.fire(change);
    }

    private String changedBy() {
        String name = session.getCallerPrincipal().getName();
        return name == null || ANONYMOUS.equals(name) ? SYSTEM : name;
    }
}
