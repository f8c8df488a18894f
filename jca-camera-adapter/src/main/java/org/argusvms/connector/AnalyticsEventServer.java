package org.argusvms.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import org.argusvms.connector.AnalyticsEventXml.InvalidDocumentException;
import org.argusvms.connector.api.AnalyticsEventMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The analytics-event listener: one XML document per TCP connection, ended by the sender closing its side for
 * writing, answered with one line ({@code OK} or {@code ERROR <reason>}) before the listener closes the connection.
 * An accept loop (long-running Work) hands each connection to a short-running Work; at most
 * {@link AnalyticsEventSettings#maxConnections()} are received at once, and each has
 * {@link AnalyticsEventSettings#readTimeout()} for its whole document, so silent or trickling senders cannot hold
 * threads. Nothing a sender does ends the loop.
 */
final class AnalyticsEventServer {

    private static final Logger LOG = Logger.getLogger(AnalyticsEventServer.class.getName());

    private final AnalyticsEventSettings settings;
    private final ListenerEndpoints<AnalyticsEventMessage> endpoints;
    private final WorkManager workManager;
    private final Semaphore receiving;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private ServerSocket server;

    AnalyticsEventServer(AnalyticsEventSettings settings, ListenerEndpoints<AnalyticsEventMessage> endpoints, WorkManager workManager) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.workManager = workManager;
        this.receiving = new Semaphore(settings.maxConnections());
    }

    void start() throws ResourceException {
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()));
        } catch (IOException e) {
            closeQuietly(server);
            throw new ResourceException("Cannot listen for analytics events on " + settings.host() + ":"
                    + settings.port() + " (GenericEventHost/AnalyticsEventPort): " + e.getMessage(), e);
        }
        try {
            workManager.scheduleWork(new AcceptLoop());
        } catch (WorkException e) {
            closeQuietly(server);
            throw new ResourceException("The work manager refused the analytics-event listener", e);
        }
        LOG.info(() -> "Listening for analytics events on " + settings.host() + ":" + port());
    }

    int port() {
        return server.getLocalPort();
    }

    /** Closes the port and every connection still being received; only the first call does anything. */
    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        closeQuietly(server);
        open.forEach(AnalyticsEventServer::closeQuietly);
        LOG.info(() -> "Stopped listening for analytics events on " + settings.host());
    }

    private void accept(Socket socket) {
        if (!receiving.tryAcquire()) {
            refuse(socket, "busy: too many senders at once, retry later");
            return;
        }
        open.add(socket);
        try {
            workManager.scheduleWork(new Receiver(socket));
        } catch (WorkException e) {
            finishedReceiving(socket);
            refuse(socket, "busy: no thread free, retry later");
        }
    }

    private void refuse(Socket socket, String reason) {
        LOG.fine(() -> "Analytics sender " + socket.getInetAddress().getHostAddress() + " refused: " + reason);
        reply(socket, "ERROR " + reason);
        closeQuietly(socket);
    }

    private void finishedReceiving(Socket socket) {
        open.remove(socket);
        receiving.release();
    }

    private void receive(Socket socket) {
        String sender = socket.getInetAddress().getHostAddress();
        try {
            byte[] document = readDocument(socket);
            AnalyticsEventMessage event = AnalyticsEventXml.parse(document, sender, settings.clock().instant());
            boolean stored = endpoints.deliver(event);
            reply(socket, stored ? "OK" : "ERROR not stored: the event server could not take the event, retry later");
        } catch (InvalidDocumentException e) {
            LOG.fine(() -> "Analytics document from " + sender + " refused: " + e.getMessage());
            reply(socket, "ERROR " + e.getMessage().replace('\n', ' ').replace('\r', ' '));
        } catch (IOException e) {
            LOG.fine(() -> "Analytics connection from " + sender + " failed: " + e);
        } finally {
            closeQuietly(socket);
        }
    }

    /** Everything up to the sender's end of stream, within the size limit and the read timeout. */
    private byte[] readDocument(Socket socket) throws IOException, InvalidDocumentException {
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw timeout();
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw timeout();
            }
            if (read < 0) {
                return document.toByteArray();
            }
            if (document.size() + read > AnalyticsEventXml.MAX_DOCUMENT_BYTES) {
                throw new InvalidDocumentException("document larger than " + AnalyticsEventXml.MAX_DOCUMENT_BYTES
                        + " bytes");
            }
            document.write(buffer, 0, read);
        }
    }

    private InvalidDocumentException timeout() {
        return new InvalidDocumentException("timeout: the document, ended by closing the sending side, must arrive "
                + "within " + settings.readTimeout().toSeconds() + " s");
    }

    private static void reply(Socket socket, String line) {
        try {
            socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            // the sender has gone; nothing to tell
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private final class AcceptLoop extends LongRunningWork {

        private static final long serialVersionUID = 1L;

        AcceptLoop() {
            super("analytics event listener " + settings.host());
        }

        @Override
        public void run() {
            while (!stopping) {
                try {
                    accept(server.accept());
                } catch (IOException e) {
                    if (!stopping) {
                        LOG.log(Level.WARNING, "Accepting an analytics sender failed", e);
                        pauseAfterAcceptFailure();
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Unexpected failure in the analytics-event listener; it keeps serving", e);
                }
            }
        }

        /** Keeps a persistent failure (out of file descriptors) from spinning the thread. */
        private void pauseAfterAcceptFailure() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                stop();
            }
        }

        @Override
        public void release() {
            stop();
        }
    }

    private final class Receiver implements Work {

        private final Socket socket;

        Receiver(Socket socket) {
            this.socket = socket;
        }

        @Override
        public void run() {
            try {
                receive(socket);
            } finally {
                finishedReceiving(socket);
            }
        }

        @Override
        public void release() {
            closeQuietly(socket);
        }
    }
}
