package org.argusvms.connector;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.connector.api.RecorderConnection;
import org.argusvms.connector.api.RecorderConnectionFactory;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.ProtocolException;

import javax.naming.Reference;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/** What EJBs find at {@code java:/eis/RecorderConnectionFactory}. */
public class DefaultRecorderConnectionFactory implements RecorderConnectionFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final RecorderManagedConnectionFactory managedConnectionFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    DefaultRecorderConnectionFactory(RecorderManagedConnectionFactory managedConnectionFactory,
                                     ConnectionManager connectionManager) {
        this.managedConnectionFactory = managedConnectionFactory;
        this.connectionManager = connectionManager;
    }

    /**
     * @throws RecorderCommandException with code {@code null} when the recorder cannot be reached, or the code the
     *                                  recorder refused the connection with (e.g. {@code UNSUPPORTED_PROTOCOL})
     */
    @Override
    public RecorderConnection getConnection(String host, int port) throws RecorderCommandException {
        RecorderConnectionRequestInfo endpoint = new RecorderConnectionRequestInfo(host, port);
        try {
            return (RecorderConnection) connectionManager.allocateConnection(managedConnectionFactory, endpoint);
        } catch (ResourceException e) {
            throw new RecorderCommandException(refusalCode(e), "No connection to the recorder at " + endpoint + ": "
                    + innermostMessage(e), e);
        }
    }

    @Override
    public String issueMediaTicket(String cameraId, String subject, Duration validity, MediaTicket.Purpose purpose) {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subject, "subject");
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, got " + validity);
        }
        RecorderResourceAdapter adapter = managedConnectionFactory.recorderResourceAdapter();
        return MediaTicket.issue(adapter.mediaTicketKey(), purpose, cameraId, subject,
                adapter.clock().instant().plus(validity));
    }

    /** The container wraps the adapter's exception; the recorder's own refusal, if any, is somewhere in the chain. */
    private static ErrorCode refusalCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProtocolException protocolException) {
                return protocolException.code();
            }
        }
        return null;
    }

    private static String innermostMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
