package org.argusvms.connector;

import jakarta.resource.Referenceable;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import org.argusvms.connector.api.RecorderConnection;
import org.argusvms.connector.api.RecorderConnectionFactory;
import org.argusvms.connector.api.AnalyticsEventListener;
import org.argusvms.connector.api.GenericEventListener;
import org.argusvms.connector.api.RecorderEventListener;
import org.jboss.jca.common.api.metadata.common.TransactionSupportEnum;
import org.jboss.jca.common.api.metadata.spec.Activationspec;
import org.jboss.jca.common.api.metadata.spec.ConfigProperty;
import org.jboss.jca.common.api.metadata.spec.ConnectionDefinition;
import org.jboss.jca.common.api.metadata.spec.Connector;
import org.jboss.jca.common.api.metadata.spec.MessageListener;
import org.jboss.jca.common.metadata.merge.Merger;
import org.jboss.jca.common.metadata.resourceadapter.ActivationImpl;
import org.jboss.jca.common.metadata.spec.RaParser;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ra.xml} as WildFly reads it: parsed and merged with IronJacamar's own code, so that the names an
 * administrator writes in the {@code resource-adapters} subsystem are proven to reach the adapter.
 */
class RaXmlTest {

    private static final Path RA_XML = Path.of("src/main/rar/META-INF/ra.xml");
    private static final String ARCHIVE = "argus.ear#jca-camera-adapter.rar";

    @Test
    void declaresThePropertyNamesTheServerConfigurationUses() throws Exception {
        Connector connector = parse();

        assertEquals(List.of("EventListenerHost", "EventListenerPort", "MediaTicketKey", "HeartbeatSeconds",
                "IdleTimeoutSeconds", "GenericEventHost", "GenericEventTcpPort", "GenericEventUdpPort",
                "GenericEventAcknowledgedTcpPort", "GenericEventMaxConnections", "GenericEventReadTimeoutSeconds", "AnalyticsEventPort",
                "AnalyticsEventMaxConnections", "AnalyticsEventReadTimeoutSeconds"),
                names(connector.getResourceadapter().getConfigProperties()));
        assertEquals(List.of("ConnectTimeoutMillis", "RequestTimeoutMillis"), names(connectionDefinition(connector).getConfigProperties()));
        assertEquals(List.of("eventTypes"), names(activationSpec(connector).getConfigProperties()));
        assertEquals(List.of(), names(genericEventActivationSpec(connector).getConfigProperties()));
    }

    @Test
    void valuesSetInTheResourceAdaptersSubsystemReplaceTheDefaults() throws Exception {
        // what /subsystem=resource-adapters/resource-adapter=argus.ear#jca-camera-adapter.rar/config-properties=…:add(value=…) amounts to
        ActivationImpl serverConfiguration = new ActivationImpl(ARCHIVE, ARCHIVE, TransactionSupportEnum.NoTransaction,
                List.of(), List.of(), Map.of("EventListenerHost", "0.0.0.0", "EventListenerPort", "9100",
                "GenericEventTcpPort", "11234", "AnalyticsEventPort", "19090"), List.of(), null, null);

        Connector merged = new Merger().mergeConnectorWithCommonIronJacamar(serverConfiguration, parse());

        assertEquals(Map.ofEntries(Map.entry("EventListenerHost", "0.0.0.0"), Map.entry("EventListenerPort", "9100"),
                Map.entry("MediaTicketKey", ""), Map.entry("HeartbeatSeconds", "5"),
                Map.entry("IdleTimeoutSeconds", "15"), Map.entry("GenericEventHost", "127.0.0.1"),
                Map.entry("GenericEventTcpPort", "11234"), Map.entry("GenericEventUdpPort", "1234"),
                Map.entry("GenericEventAcknowledgedTcpPort", "1235"),
                Map.entry("GenericEventMaxConnections", "64"), Map.entry("GenericEventReadTimeoutSeconds", "10"),
                Map.entry("AnalyticsEventPort", "19090"), Map.entry("AnalyticsEventMaxConnections", "16"),
                Map.entry("AnalyticsEventReadTimeoutSeconds", "10")), values(merged.getResourceadapter().getConfigProperties()));
    }

    @Test
    void everyPropertyAndItsDefaultFitTheJavaBean() throws Exception {
        Connector connector = parse();

        assertBeanTakes(RecorderResourceAdapter.class, connector.getResourceadapter().getConfigProperties());
        assertBeanTakes(RecorderManagedConnectionFactory.class, connectionDefinition(connector).getConfigProperties());
        assertBeanTakes(RecorderActivationSpec.class, activationSpec(connector).getConfigProperties());
    }

    @Test
    void theDeclaredClassesPlayTheirSpecificationRoles() throws Exception {
        Connector connector = parse();
        ConnectionDefinition definition = connectionDefinition(connector);

        assertRole(connector.getResourceadapter().getResourceadapterClass(), ResourceAdapter.class);
        assertRole(definition.getManagedConnectionFactoryClass().getValue(), ManagedConnectionFactory.class);
        assertEquals(RecorderConnectionFactory.class.getName(), definition.getConnectionFactoryInterface().getValue());
        assertRole(definition.getConnectionFactoryImplClass().getValue(), RecorderConnectionFactory.class);
        assertRole(definition.getConnectionFactoryImplClass().getValue(), Serializable.class);
        assertRole(definition.getConnectionFactoryImplClass().getValue(), Referenceable.class);
        assertEquals(RecorderConnection.class.getName(), definition.getConnectionInterface().getValue());
        assertRole(definition.getConnectionImplClass().getValue(), RecorderConnection.class);
        assertEquals(TransactionSupportEnum.NoTransaction, connector.getResourceadapter().getOutboundResourceadapter().getTransactionSupport());
        assertEquals(RecorderEventListener.class.getName(), messageListener(connector).getMessagelistenerType().getValue());
        assertRole(activationSpec(connector).getActivationspecClass().getValue(), ActivationSpec.class);
        assertEquals(GenericEventListener.class.getName(), genericEventListener(connector).getMessagelistenerType().getValue());
        assertRole(genericEventActivationSpec(connector).getActivationspecClass().getValue(), ActivationSpec.class);
        MessageListener analytics = messageListeners(connector).get(2);
        assertEquals(AnalyticsEventListener.class.getName(), analytics.getMessagelistenerType().getValue());
        assertRole(analytics.getActivationspec().getActivationspecClass().getValue(), ActivationSpec.class);
        assertEquals(List.of(), names(analytics.getActivationspec().getConfigProperties()));
    }

    private static Connector parse() throws Exception {
        try (InputStream in = Files.newInputStream(RA_XML)) {
            Connector connector = new RaParser().parse(in);
            connector.validate();
            assertTrue(connector.isMetadataComplete(), "annotations must not add lower-camel-case duplicates");
            return connector;
        }
    }

    /** Setter and getter of the declared type, as IronJacamar injects and validates them; the default converts. */
    private static void assertBeanTakes(Class<?> bean, List<ConfigProperty> properties) throws Exception {
        Object instance = bean.getConstructor().newInstance();
        for (ConfigProperty property : properties) {
            String name = property.getConfigPropertyName().getValue();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Class<?> type = Class.forName(property.getConfigPropertyType().getValue());
            Method setter = bean.getMethod("set" + capitalized, type);
            Method getter = bean.getMethod("get" + capitalized);
            assertEquals(type, getter.getReturnType(), bean.getSimpleName() + "." + name);
            Object defaultValue = type == Integer.class
                    ? Integer.valueOf(property.getConfigPropertyValue().getValue())
                    : property.getConfigPropertyValue().getValue();
            setter.invoke(instance, defaultValue);
            assertEquals(defaultValue, getter.invoke(instance), bean.getSimpleName() + "." + name);
        }
    }

    private static void assertRole(String className, Class<?> role) throws ClassNotFoundException {
        assertTrue(role.isAssignableFrom(Class.forName(className)), className + " must be a " + role.getSimpleName());
    }

    private static ConnectionDefinition connectionDefinition(Connector connector) {
        List<ConnectionDefinition> definitions = connector.getResourceadapter().getOutboundResourceadapter().getConnectionDefinitions();
        assertEquals(1, definitions.size());
        return definitions.get(0);
    }

    private static MessageListener messageListener(Connector connector) {
        return messageListeners(connector).get(0);
    }

    private static MessageListener genericEventListener(Connector connector) {
        return messageListeners(connector).get(1);
    }

    private static List<MessageListener> messageListeners(Connector connector) {
        List<MessageListener> listeners = connector.getResourceadapter().getInboundResourceadapter().getMessageadapter().getMessagelisteners();
        assertEquals(3, listeners.size());
        return listeners;
    }

    private static Activationspec genericEventActivationSpec(Connector connector) {
        return genericEventListener(connector).getActivationspec();
    }

    private static Activationspec activationSpec(Connector connector) {
        return messageListener(connector).getActivationspec();
    }

    private static List<String> names(List<ConfigProperty> properties) {
        return properties.stream().map(property -> property.getConfigPropertyName().getValue()).toList();
    }

    private static Map<String, String> values(List<ConfigProperty> properties) {
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach(property -> values.put(property.getConfigPropertyName().getValue(),
                property.getConfigPropertyValue().getValue()));
        return values;
    }
}
