package org.argusvms.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * The application server's connection manager in miniature: reuses idle managed connections the factory matches,
 * returns them to the pool on CONNECTION_CLOSED, destroys them on CONNECTION_ERROR_OCCURRED.
 */
final class TestConnectionPool implements ConnectionManager, ConnectionEventListener {

    private static final long serialVersionUID = 1L;

    private final Set<ManagedConnection> idle = new HashSet<>();
    private int created;
    private int destroyed;

    @Override
    public synchronized Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        ManagedConnection connection = factory.matchManagedConnections(new HashSet<>(idle), null, info);
        if (connection == null) {
            connection = factory.createManagedConnection(null, info);
            connection.addConnectionEventListener(this);
            created++;
        } else {
            idle.remove(connection);
        }
        return connection.getConnection(null, info);
    }

    @Override
    public synchronized void connectionClosed(ConnectionEvent event) {
        ManagedConnection connection = (ManagedConnection) event.getSource();
        try {
            connection.cleanup();
        } catch (ResourceException e) {
            throw new AssertionError(e);
        }
        idle.add(connection);
    }

    @Override
    public synchronized void connectionErrorOccurred(ConnectionEvent event) {
        ManagedConnection connection = (ManagedConnection) event.getSource();
        idle.remove(connection);
        try {
            connection.destroy();
        } catch (ResourceException e) {
            throw new AssertionError(e);
        }
        destroyed++;
    }

    synchronized int created() {
        return created;
    }

    synchronized int destroyed() {
        return destroyed;
    }

    synchronized int idle() {
        return idle.size();
    }

    @Override
    public void localTransactionStarted(ConnectionEvent event) {
    }

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {
    }

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {
    }
}
