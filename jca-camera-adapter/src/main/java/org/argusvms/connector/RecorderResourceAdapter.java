package org.argusvms.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import org.argusvms.connector.api.AnalyticsEventListener;
import org.argusvms.connector.api.AnalyticsEventMessage;
import org.argusvms.connector.api.GenericEventListener;
import org.argusvms.connector.api.GenericMessage;


import javax.transaction.xa.XAResource;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The adapter's lifecycle and configuration. {@link #start} only checks the configuration; the recorder listener
 * opens with the first endpoint activation and closes with the last deactivation, so that no event is acknowledged
 * while no message-driven bean is there to process it (recorders buffer meanwhile).
 *
 * <p>Config properties (names as in {@code ra.xml} and in the {@code resource-adapters} subsystem):
 * {@code EventListenerHost}, {@code EventListenerPort}, {@code MediaTicketKey}, {@code HeartbeatSeconds},
 * {@code IdleTimeoutSeconds}; for generic events (see {@link GenericEventServer}) {@code GenericEventHost},
 * {@code GenericEventTcpPort}, {@code GenericEventUdpPort}, {@code GenericEventAcknowledgedTcpPort} (0 disables
 * each), {@code GenericEventMaxConnections},
 * {@code GenericEventReadTimeoutSeconds}. The generic-event listener likewise opens with the first
 * {@link org.argusvms.connector.api.GenericEventListener} bean and closes with the last; the analytics-event listener
 * ({@link AnalyticsEventServer}: {@code AnalyticsEventPort} (0 disables), {@code AnalyticsEventMaxConnections},
 * {@code AnalyticsEventReadTimeoutSeconds}, bound to {@code GenericEventHost}) with the first and last
 * {@link org.argusvms.connector.api.AnalyticsEventListener} bean.
 */
public class RecorderResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(RecorderResourceAdapter.class.getName());

    private String eventListenerHost = "127.0.0.1";
    private Integer eventListenerPort = 9000;
    private String mediaTicketKey = "";
    private Integer heartbeatSeconds = 5;
    private Integer idleTimeoutSeconds = 15;
    private String genericEventHost = "127.0.0.1";
    private Integer genericEventTcpPort = 1234;
    private Integer genericEventUdpPort = 1234;
    private Integer genericEventAcknowledgedTcpPort = 1235;
    private Integer genericEventMaxConnections = 64;
    private Integer genericEventReadTimeoutSeconds = 10;
    private Integer analyticsEventPort = 9090;
    private Integer analyticsEventMaxConnections = 16;
    private Integer analyticsEventReadTimeoutSeconds = 10;

    private final Object lifecycleLock = new Object();
    private final EndpointRegistry endpoints = new EndpointRegistry();
    private Clock clock = Clock.systemUTC();
    private BootstrapContext bootstrapContext;
    private InboundSettings inboundSettings;
    private byte[] ticketKey;
    private RecorderEventServer eventServer;
    private final ListenerEndpoints<List<GenericMessage>> genericEndpoints = new ListenerEndpoints<>("generic events",
            (endpoint, batch) -> ((GenericEventListener) endpoint).onGenericEvents(batch),
            batch -> batch.get(0).sourceAddress());
    private GenericEventSettings genericEventSettings;
    private GenericEventServer genericEventServer;
    private final ListenerEndpoints<AnalyticsEventMessage> analyticsEndpoints = new ListenerEndpoints<>("analytics event",
            (endpoint, event) -> ((AnalyticsEventListener) endpoint).onAnalyticsEvent(event), AnalyticsEventMessage::sourceAddress);
    private AnalyticsEventSettings analyticsEventSettings;
    private AnalyticsEventServer analyticsEventServer;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        byte[] key = MediaTicketKeys.resolve(mediaTicketKey);
        InboundSettings settings = validatedSettings(key);
        GenericEventSettings genericSettings = validatedGenericEventSettings();
        AnalyticsEventSettings analyticsSettings = validatedAnalyticsEventSettings();
        synchronized (lifecycleLock) {
            this.bootstrapContext = context;
            this.inboundSettings = settings;
            this.genericEventSettings = genericSettings;
            this.analyticsEventSettings = analyticsSettings;
            this.ticketKey = key;
        }
        if (mediaTicketKey == null || mediaTicketKey.isBlank()) {
            LOG.warning("MediaTicketKey is not set: media tickets are signed with a key generated once for this server "
                    + "(kept in its data directory). Every node of a cluster must be configured with the same "
                    + "MediaTicketKey, or tickets fail on recorders registered with another node.");
        }
    }

    private InboundSettings validatedSettings(byte[] ticketKey) throws ResourceAdapterInternalException {
        if (eventListenerHost == null || eventListenerHost.isBlank()) {
            throw new ResourceAdapterInternalException("EventListenerHost must not be blank");
        }
        // 0 = any free port, which only tests want
        requireInRange("EventListenerPort", eventListenerPort, 0, 65535);
        requireInRange("HeartbeatSeconds", heartbeatSeconds, 1, 3600);
        requireInRange("IdleTimeoutSeconds", idleTimeoutSeconds, 2, 3600);
        if (idleTimeoutSeconds <= heartbeatSeconds) {
            throw new ResourceAdapterInternalException("IdleTimeoutSeconds (" + idleTimeoutSeconds
                    + ") must exceed HeartbeatSeconds (" + heartbeatSeconds + "), or live recorders are declared dead");
        }
        return new InboundSettings(eventListenerHost.trim(), eventListenerPort, Duration.ofSeconds(heartbeatSeconds),
                Duration.ofSeconds(idleTimeoutSeconds), Base64.getEncoder().encodeToString(ticketKey), clock);
    }

    private GenericEventSettings validatedGenericEventSettings() throws ResourceAdapterInternalException {
        if (genericEventHost == null || genericEventHost.isBlank()) {
            throw new ResourceAdapterInternalException("GenericEventHost must not be blank");
        }
        requireInRange("GenericEventTcpPort", genericEventTcpPort, 0, 65535);
        requireInRange("GenericEventUdpPort", genericEventUdpPort, 0, 65535);
        requireInRange("GenericEventAcknowledgedTcpPort", genericEventAcknowledgedTcpPort, 0, 65535);
        requireInRange("GenericEventMaxConnections", genericEventMaxConnections, 1, 10_000);
        requireInRange("GenericEventReadTimeoutSeconds", genericEventReadTimeoutSeconds, 1, 3600);
        return new GenericEventSettings(genericEventHost.trim(), genericEventTcpPort, genericEventUdpPort,
                genericEventAcknowledgedTcpPort, genericEventMaxConnections, Duration.ofSeconds(genericEventReadTimeoutSeconds), clock);
    }

    /** Analytics senders are external systems too, so they share the generic-event bind address. */
    private AnalyticsEventSettings validatedAnalyticsEventSettings() throws ResourceAdapterInternalException {
        requireInRange("AnalyticsEventPort", analyticsEventPort, 0, 65535);
        requireInRange("AnalyticsEventMaxConnections", analyticsEventMaxConnections, 1, 10_000);
        requireInRange("AnalyticsEventReadTimeoutSeconds", analyticsEventReadTimeoutSeconds, 1, 3600);
        return new AnalyticsEventSettings(genericEventHost.trim(), analyticsEventPort, analyticsEventMaxConnections,
                Duration.ofSeconds(analyticsEventReadTimeoutSeconds), clock);
    }

    private static void requireInRange(String name, Integer value, int min, int max) throws ResourceAdapterInternalException {
        if (value == null || value < min || value > max) {
            throw new ResourceAdapterInternalException(name + " must be " + min + ".." + max + ", got " + value);
        }
    }

    @Override
    public void stop() {
        synchronized (lifecycleLock) {
            stopEventServer();
            stopGenericEventServer();
            stopAnalyticsEventServer();
            bootstrapContext = null;
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) throws ResourceException {
        if (spec instanceof GenericEventActivationSpec) {
            activateGenericEventEndpoint(endpointFactory);
            return;
        }
        if (spec instanceof AnalyticsEventActivationSpec) {
            activateAnalyticsEventEndpoint(endpointFactory);
            return;
        }
        if (!(spec instanceof RecorderActivationSpec recorderSpec)) {
            throw new NotSupportedException("Expected a " + RecorderActivationSpec.class.getName() + ", "
                    + GenericEventActivationSpec.class.getName() + " or " + AnalyticsEventActivationSpec.class.getName()
                    + ", got " + spec);
        }
        recorderSpec.validate();
        synchronized (lifecycleLock) {
            if (bootstrapContext == null) {
                throw new ResourceAdapterInternalException("The recorder resource adapter is not started");
            }
            endpoints.add(endpointFactory, recorderSpec);
            if (eventServer == null) {
                RecorderEventServer server = new RecorderEventServer(inboundSettings, endpoints, bootstrapContext.getWorkManager());
                try {
                    server.start();
                } catch (ResourceException e) {
                    endpoints.remove(endpointFactory, recorderSpec);
                    throw e;
                }
                eventServer = server;
            }
        }
        LOG.info(() -> "Activated " + EndpointRegistry.describe(endpointFactory) + " with " + recorderSpec);
    }

    private void activateGenericEventEndpoint(MessageEndpointFactory endpointFactory) throws ResourceException {
        synchronized (lifecycleLock) {
            if (bootstrapContext == null) {
                throw new ResourceAdapterInternalException("The recorder resource adapter is not started");
            }
            genericEndpoints.add(endpointFactory);
            if (genericEventServer == null && genericEventSettings.enabled()) {
                GenericEventServer server = new GenericEventServer(genericEventSettings, genericEndpoints,
                        bootstrapContext.getWorkManager());
                try {
                    server.start();
                } catch (ResourceException e) {
                    genericEndpoints.remove(endpointFactory);
                    throw e;
                }
                genericEventServer = server;
            }
        }
        LOG.info(() -> "Activated " + EndpointRegistry.describe(endpointFactory) + " for generic events");
    }

    private void activateAnalyticsEventEndpoint(MessageEndpointFactory endpointFactory) throws ResourceException {
        synchronized (lifecycleLock) {
            if (bootstrapContext == null) {
                throw new ResourceAdapterInternalException("The recorder resource adapter is not started");
            }
            analyticsEndpoints.add(endpointFactory);
            if (analyticsEventServer == null && analyticsEventSettings.enabled()) {
                AnalyticsEventServer server = new AnalyticsEventServer(analyticsEventSettings, analyticsEndpoints,
                        bootstrapContext.getWorkManager());
                try {
                    server.start();
                } catch (ResourceException e) {
                    analyticsEndpoints.remove(endpointFactory);
                    throw e;
                }
                analyticsEventServer = server;
            }
        }
        LOG.info(() -> "Activated " + EndpointRegistry.describe(endpointFactory) + " for analytics events");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        if (spec instanceof AnalyticsEventActivationSpec) {
            synchronized (lifecycleLock) {
                analyticsEndpoints.remove(endpointFactory);
                if (analyticsEndpoints.isEmpty()) {
                    stopAnalyticsEventServer();
                }
            }
            LOG.info(() -> "Deactivated " + EndpointRegistry.describe(endpointFactory) + " for analytics events");
            return;
        }
        if (spec instanceof GenericEventActivationSpec) {
            synchronized (lifecycleLock) {
                genericEndpoints.remove(endpointFactory);
                if (genericEndpoints.isEmpty()) {
                    stopGenericEventServer();
                }
            }
            LOG.info(() -> "Deactivated " + EndpointRegistry.describe(endpointFactory) + " for generic events");
            return;
        }
        if (!(spec instanceof RecorderActivationSpec recorderSpec)) {
            return;
        }
        synchronized (lifecycleLock) {
            endpoints.remove(endpointFactory, recorderSpec);
            if (endpoints.isEmpty()) {
                stopEventServer();
            }
        }
        LOG.info(() -> "Deactivated " + EndpointRegistry.describe(endpointFactory));
    }

    private void stopGenericEventServer() {
        if (genericEventServer != null) {
            genericEventServer.stop();
            genericEventServer = null;
        }
    }

    private void stopAnalyticsEventServer() {
        if (analyticsEventServer != null) {
            analyticsEventServer.stop();
            analyticsEventServer = null;
        }
    }

    private void stopEventServer() {
        if (eventServer != null) {
            eventServer.stop();
            eventServer = null;
        }
    }

    /** No XA: events are acknowledged to the recorder after the endpoint's own transaction committed. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return null;
    }

    /** The key media tickets are signed with; the same one every recorder receives in its welcome. */
    byte[] mediaTicketKey() {
        synchronized (lifecycleLock) {
            if (ticketKey == null) {
                throw new IllegalStateException("The recorder resource adapter is not started");
            }
            return ticketKey.clone();
        }
    }

    Clock clock() {
        return clock;
    }

    /** For tests: the clock that times heartbeats, silence and synthetic events. Set before {@link #start}. */
    void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** The port the recorder listener is bound to, or -1 while it is closed. */
    int boundEventListenerPort() {
        synchronized (lifecycleLock) {
            return eventServer == null ? -1 : eventServer.port();
        }
    }

    /** The ports the generic-event listener is bound to (TCP, UDP; -1 for a disabled one), or null while it is closed. */
    int[] boundGenericEventPorts() {
        synchronized (lifecycleLock) {
            return genericEventServer == null ? null
                    : new int[] {genericEventServer.tcpPort(), genericEventServer.udpPort()};
        }
    }

    /** The acknowledged generic-event port, or -1 while the listener is closed or that port disabled. */
    int boundGenericEventAcknowledgedTcpPort() {
        synchronized (lifecycleLock) {
            return genericEventServer == null ? -1 : genericEventServer.acknowledgedTcpPort();
        }
    }

    /** The port the analytics-event listener is bound to, or -1 while it is closed or disabled. */
    int boundAnalyticsEventPort() {
        synchronized (lifecycleLock) {
            return analyticsEventServer == null ? -1 : analyticsEventServer.port();
        }
    }

    public Integer getAnalyticsEventPort() {
        return analyticsEventPort;
    }

    public void setAnalyticsEventPort(Integer analyticsEventPort) {
        this.analyticsEventPort = analyticsEventPort;
    }

    public Integer getAnalyticsEventMaxConnections() {
        return analyticsEventMaxConnections;
    }

    public void setAnalyticsEventMaxConnections(Integer analyticsEventMaxConnections) {
        this.analyticsEventMaxConnections = analyticsEventMaxConnections;
    }

    public Integer getAnalyticsEventReadTimeoutSeconds() {
        return analyticsEventReadTimeoutSeconds;
    }

    public void setAnalyticsEventReadTimeoutSeconds(Integer analyticsEventReadTimeoutSeconds) {
        this.analyticsEventReadTimeoutSeconds = analyticsEventReadTimeoutSeconds;
    }

    public String getEventListenerHost() {
        return eventListenerHost;
    }

    public void setEventListenerHost(String eventListenerHost) {
        this.eventListenerHost = eventListenerHost;
    }

    public Integer getEventListenerPort() {
        return eventListenerPort;
    }

    public void setEventListenerPort(Integer eventListenerPort) {
        this.eventListenerPort = eventListenerPort;
    }

    public String getMediaTicketKey() {
        return mediaTicketKey;
    }

    public void setMediaTicketKey(String mediaTicketKey) {
        this.mediaTicketKey = mediaTicketKey;
    }

    public Integer getHeartbeatSeconds() {
        return heartbeatSeconds;
    }

    public void setHeartbeatSeconds(Integer heartbeatSeconds) {
        this.heartbeatSeconds = heartbeatSeconds;
    }

    public Integer getIdleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) {
        this.idleTimeoutSeconds = idleTimeoutSeconds;
    }

    public String getGenericEventHost() {
        return genericEventHost;
    }

    public void setGenericEventHost(String genericEventHost) {
        this.genericEventHost = genericEventHost;
    }

    public Integer getGenericEventTcpPort() {
        return genericEventTcpPort;
    }

    public void setGenericEventTcpPort(Integer genericEventTcpPort) {
        this.genericEventTcpPort = genericEventTcpPort;
    }

    public Integer getGenericEventUdpPort() {
        return genericEventUdpPort;
    }

    public void setGenericEventUdpPort(Integer genericEventUdpPort) {
        this.genericEventUdpPort = genericEventUdpPort;
    }

    public Integer getGenericEventAcknowledgedTcpPort() {
        return genericEventAcknowledgedTcpPort;
    }

    public void setGenericEventAcknowledgedTcpPort(Integer genericEventAcknowledgedTcpPort) {
        this.genericEventAcknowledgedTcpPort = genericEventAcknowledgedTcpPort;
    }

    public Integer getGenericEventMaxConnections() {
        return genericEventMaxConnections;
    }

    public void setGenericEventMaxConnections(Integer genericEventMaxConnections) {
        this.genericEventMaxConnections = genericEventMaxConnections;
    }

    public Integer getGenericEventReadTimeoutSeconds() {
        return genericEventReadTimeoutSeconds;
    }

    public void setGenericEventReadTimeoutSeconds(Integer genericEventReadTimeoutSeconds) {
        this.genericEventReadTimeoutSeconds = genericEventReadTimeoutSeconds;
    }

    /** By configuration, as the Connectors specification asks of adapter JavaBeans. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RecorderResourceAdapter that
                && Objects.equals(eventListenerHost, that.eventListenerHost)
                && Objects.equals(eventListenerPort, that.eventListenerPort)
                && Objects.equals(mediaTicketKey, that.mediaTicketKey)
                && Objects.equals(heartbeatSeconds, that.heartbeatSeconds)
                && Objects.equals(idleTimeoutSeconds, that.idleTimeoutSeconds)
                && Objects.equals(genericEventHost, that.genericEventHost)
                && Objects.equals(genericEventTcpPort, that.genericEventTcpPort)
                && Objects.equals(genericEventUdpPort, that.genericEventUdpPort)
                && Objects.equals(genericEventAcknowledgedTcpPort, that.genericEventAcknowledgedTcpPort)
                && Objects.equals(genericEventMaxConnections, that.genericEventMaxConnections)
                && Objects.equals(genericEventReadTimeoutSeconds, that.genericEventReadTimeoutSeconds)
                && Objects.equals(analyticsEventPort, that.analyticsEventPort)
                && Objects.equals(analyticsEventMaxConnections, that.analyticsEventMaxConnections)
                && Objects.equals(analyticsEventReadTimeoutSeconds, that.analyticsEventReadTimeoutSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventListenerHost, eventListenerPort, heartbeatSeconds, idleTimeoutSeconds,
                genericEventHost, genericEventTcpPort, genericEventUdpPort);
    }

    @Override
    public String toString() {
        return "RecorderResourceAdapter[listener " + eventListenerHost + ":" + eventListenerPort + ", heartbeat "
                + heartbeatSeconds + " s, idle timeout " + idleTimeoutSeconds + " s, generic events " + genericEventHost
                + " TCP " + genericEventTcpPort + " UDP " + genericEventUdpPort + " acknowledged TCP "
                + genericEventAcknowledgedTcpPort + ", analytics events TCP "
                + analyticsEventPort + "]";
    }
}
