package org.argusvms.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;

import javax.security.auth.Subject;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Creates and matches the pooled command connections to recorders. Config properties (names as in {@code ra.xml}
 * and in a {@code connection-definition} of the {@code resource-adapters} subsystem): {@code ConnectTimeoutMillis},
 * {@code RequestTimeoutMillis}.
 */
public class RecorderManagedConnectionFactory
        implements ManagedConnectionFactory, ResourceAdapterAssociation, ValidatingManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    private Integer connectTimeoutMillis = 3000;
    private Integer requestTimeoutMillis = 10000;

    private transient RecorderResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new DefaultRecorderConnectionFactory(this, connectionManager);
    }

    /** Recorder connections are pooled by the application server; there is no standalone mode. */
    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new NotSupportedException("The recorder connection factory only runs inside an application server");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        RecorderManagedConnection connection = RecorderManagedConnection.open(this, endpointOf(info));
        connection.setLogWriter(logWriter);
        return connection;
    }

    /** The first idle connection to the requested recorder that has not failed; {@code null} makes the pool open one. */
    @Override
    public ManagedConnection matchManagedConnections(@SuppressWarnings("rawtypes") Set candidates, Subject subject,
                                                     ConnectionRequestInfo info) throws ResourceException {
        RecorderConnectionRequestInfo endpoint = endpointOf(info);
        for (Object candidate : candidates) {
            if (candidate instanceof RecorderManagedConnection connection
                    && connection.endpoint().equals(endpoint) && connection.isUsable()) {
                return connection;
            }
        }
        return null;
    }

    /** Lets the pool's background validation find connections that failed while idle. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Set getInvalidConnections(Set connections) {
        Set invalid = new HashSet();
        for (Object candidate : connections) {
            if (candidate instanceof RecorderManagedConnection connection && !connection.isUsable()) {
                invalid.add(connection);
            }
        }
        return invalid;
    }

    private static RecorderConnectionRequestInfo endpointOf(ConnectionRequestInfo info) throws ResourceException {
        if (info instanceof RecorderConnectionRequestInfo endpoint) {
            return endpoint;
        }
        throw new ResourceException("A recorder connection needs the recorder's host and port, got " + info);
    }

    Duration connectTimeout() {
        return Duration.ofMillis(connectTimeoutMillis);
    }

    Duration requestTimeout() {
        return Duration.ofMillis(requestTimeoutMillis);
    }

    RecorderResourceAdapter recorderResourceAdapter() {
        if (resourceAdapter == null) {
            throw new IllegalStateException("The recorder connection factory is not associated with its resource adapter");
        }
        return resourceAdapter;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        if (!(resourceAdapter instanceof RecorderResourceAdapter recorderResourceAdapter)) {
            throw new ResourceException("Expected the recorder resource adapter, got " + resourceAdapter);
        }
        this.resourceAdapter = recorderResourceAdapter;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    public Integer getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(Integer connectTimeoutMillis) {
        this.connectTimeoutMillis = requirePositive("ConnectTimeoutMillis", connectTimeoutMillis);
    }

    public Integer getRequestTimeoutMillis() {
        return requestTimeoutMillis;
    }

    public void setRequestTimeoutMillis(Integer requestTimeoutMillis) {
        this.requestTimeoutMillis = requirePositive("RequestTimeoutMillis", requestTimeoutMillis);
    }

    private static Integer requirePositive(String name, Integer value) {
        if (value == null || value <= 0) {
            throw new IllegalArgumentException(name + " must be a positive number of milliseconds, got " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecorderManagedConnectionFactory that
                && Objects.equals(connectTimeoutMillis, that.connectTimeoutMillis)
                && Objects.equals(requestTimeoutMillis, that.requestTimeoutMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutMillis, requestTimeoutMillis);
    }
}
