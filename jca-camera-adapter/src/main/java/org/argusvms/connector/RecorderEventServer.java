package org.argusvms.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The inbound listener: a server socket on which recorders open their event connections, each served by a
 * {@link RecorderSession}. Every thread it uses is Work of the container's work manager.
 */
final class RecorderEventServer {

    private static final Logger LOG = Logger.getLogger(RecorderEventServer.class.getName());

    private final InboundSettings settings;
    private final EndpointRegistry endpoints;
    private final WorkManager workManager;
    private final RecorderSessions sessions = new RecorderSessions();
    private final CountDownLatch acceptLoopEnded = new CountDownLatch(1);
    private volatile boolean acceptLoopStarted;
    private ServerSocket serverSocket;
    private volatile boolean stopping;

    RecorderEventServer(InboundSettings settings, EndpointRegistry endpoints, WorkManager workManager) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.workManager = workManager;
    }

    /** Binds the listener port and starts accepting; fails (and holds nothing) if either is impossible. */
    void start() throws ResourceException {
        try {
            serverSocket = new ServerSocket();
            serverSocket.setReuseAddress(true);
            serverSocket.bind(new InetSocketAddress(settings.host(), settings.port()));
        } catch (IOException e) {
            closeServerSocket();
            throw new ResourceException("Cannot listen for recorders on " + settings.host() + ":" + settings.port()
                    + " (EventListenerHost/EventListenerPort): " + e.getMessage(), e);
        }
        try {
            workManager.scheduleWork(new AcceptLoop());
        } catch (WorkException e) {
            closeServerSocket();
            throw new ResourceException("The work manager refused the recorder listener", e);
        }
        LOG.info(() -> "Listening for recorders on " + serverSocket.getLocalSocketAddress());
    }

    /** The bound port; differs from the configured one only when that was 0 (any free port, for tests). */
    int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * Closes the listener and every recorder connection; recorders keep their events and reconnect later. Returns once
     * the port is really closed: a socket closed under a thread blocked in accept() keeps accepting until that thread
     * has woken up.
     */
    void stop() {
        stopping = true;
        closeServerSocket();
        awaitAcceptLoopEnd();
        for (RecorderSession session : List.copyOf(sessions.open())) {
            session.release();
        }
        LOG.info(() -> "Stopped listening for recorders on " + settings.host() + ":" + settings.port());
    }

    private void awaitAcceptLoopEnd() {
        if (!acceptLoopStarted) {
            return; // still queued in the work manager: it will find the socket closed
        }
        try {
            if (!acceptLoopEnded.await(5, TimeUnit.SECONDS)) {
                LOG.warning("The recorder listener thread did not end within 5 s of closing its socket");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeServerSocket() {
        if (serverSocket != null) {
            try {
                serverSocket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private void serve(Socket socket) {
        RecorderSession session;
        try {
            session = new RecorderSession(socket, settings, endpoints, sessions);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not set up the connection from " + socket.getRemoteSocketAddress(), e);
            closeQuietly(socket);
            return;
        }
        sessions.opened(session);
        if (stopping) {
            // stop() may have copied the open sessions before this one was added
            session.release();
        }
        try {
            workManager.scheduleWork(session);
        } catch (WorkException e) {
            LOG.warning(() -> "No thread for the connection from " + socket.getRemoteSocketAddress()
                    + "; closing it (raise the long-running thread pool of the JCA work manager): " + e.getMessage());
            sessions.closed(session, null, () -> { });
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    /** Accepts connections until the server socket closes. */
    private final class AcceptLoop extends LongRunningWork {

        private static final long serialVersionUID = 1L;

        AcceptLoop() {
            super("recorder event listener " + settings.host() + ":" + settings.port());
        }

        @Override
        public void run() {
            acceptLoopStarted = true;
            try {
                while (!serverSocket.isClosed()) {
                    try {
                        serve(serverSocket.accept());
                    } catch (IOException e) {
                        if (!serverSocket.isClosed()) {
                            // e.g. out of file descriptors: keep serving, but do not spin on the error
                            LOG.log(Level.WARNING, "Accepting a recorder connection failed", e);
                            pause();
                        }
                    }
                }
            } finally {
                acceptLoopEnded.countDown();
            }
        }

        @Override
        public void release() {
            closeServerSocket();
        }

        private void pause() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeServerSocket();
            }
        }
    }
}
