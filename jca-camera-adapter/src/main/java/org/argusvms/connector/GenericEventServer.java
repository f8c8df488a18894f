package org.argusvms.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import org.argusvms.connector.GenericMessageText.RejectedMessageException;
import org.argusvms.connector.api.GenericMessage;
import org.argusvms.connector.api.GenericMessage.Transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The generic-event listener: TCP (one line = one event), UDP (one datagram = one event) and acknowledged TCP (one line
 * = one event, answered with {@code ACK <n>} once every bean returned, or {@code NAK <n> <reason>}) on one selector
 * thread, a single long-running Work, however many senders connect. The lines of one read of a connection go to the
 * beans as one batch, in one transaction, on a short Work of their own, so that one sender's commit does not hold up
 * the others (benchmark B8: the latency at 500 events/s); meanwhile that connection is not read, which keeps its
 * order and lets what it sends next gather into the following batch. A busy sender's events thus share a commit while
 * a lone event still goes at once. Datagrams (one round per wake-up) are delivered on the selector thread. Both TCP
 * ports share the framing, the limits and the connection budget.
 * Nothing a sender does (binary data, endless lines, silence, floods of connections) ends the loop: the offending
 * message or connection is dropped and logged at FINE.
 */
final class GenericEventServer {

    private static final Logger LOG = Logger.getLogger(GenericEventServer.class.getName());
    /** Datagrams read, or connections accepted, per wake-up before the other channels get their turn again. */
    private static final int PER_ROUND = 64;

    private final GenericEventSettings settings;
    private final ListenerEndpoints<List<GenericMessage>> endpoints;
    private final WorkManager workManager;
    private final Set<GenericTcpConnection> connections = new HashSet<>();
    /** One byte more than a CRLF-terminated maximal message, so that an oversized datagram is recognisable. */
    private final ByteBuffer datagramBuffer = ByteBuffer.allocate(GenericEventSettings.MAX_MESSAGE_BYTES + 3);
    private final ByteBuffer readBuffer = ByteBuffer.allocate(8192);
    private final CountDownLatch loopEnded = new CountDownLatch(1);
    /** Connection batches whose delivery ended on a work thread: answered and resumed on the selector thread. */
    private final Queue<Runnable> deliveredBatches = new ConcurrentLinkedQueue<>();
    private volatile boolean loopStarted;
    private volatile boolean stopping;
    private Selector selector;
    private ServerSocketChannel tcp;
    private ServerSocketChannel acknowledgedTcp;
    private DatagramChannel udp;

    GenericEventServer(GenericEventSettings settings, ListenerEndpoints<List<GenericMessage>> endpoints,
                       WorkManager workManager) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.workManager = workManager;
    }

    /** Binds the configured ports and starts serving; fails (and holds nothing) if either is impossible. */
    void start() throws ResourceException {
        try {
            selector = Selector.open();
            tcp = listenTcp(settings.tcpPort());
            acknowledgedTcp = listenTcp(settings.acknowledgedTcpPort());
            if (settings.udpPort() != 0) {
                udp = DatagramChannel.open();
                udp.bind(new InetSocketAddress(settings.host(), settings.udpPort()));
                udp.configureBlocking(false);
                udp.register(selector, SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            closeAll();
            throw new ResourceException("Cannot listen for generic events on " + settings.host() + " TCP "
                    + settings.tcpPort() + " / UDP " + settings.udpPort() + " / acknowledged TCP "
                    + settings.acknowledgedTcpPort() + " (GenericEventHost/GenericEventTcpPort/GenericEventUdpPort/"
                    + "GenericEventAcknowledgedTcpPort): " + e.getMessage(), e);
        }
        try {
            workManager.scheduleWork(new SelectLoop());
        } catch (WorkException e) {
            closeAll();
            throw new ResourceException("The work manager refused the generic-event listener", e);
        }
        LOG.info(() -> "Listening for generic events on " + settings.host() + " (TCP " + describe(settings.tcpPort())
                + ", UDP " + describe(settings.udpPort()) + ", acknowledged TCP "
                + describe(settings.acknowledgedTcpPort()) + ")");
    }

    /** A non-blocking server socket on {@code port}, registered for accepts; null for port 0 (disabled). */
    private ServerSocketChannel listenTcp(int port) throws IOException {
        if (port == 0) {
            return null;
        }
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(settings.host(), port));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            closeQuietly(channel);
            throw e;
        }
        return channel;
    }

    private static String describe(int port) {
        return port == 0 ? "disabled" : String.valueOf(port);
    }

    /** Bound TCP port, or -1 when TCP is disabled. */
    int tcpPort() {
        return tcp == null ? -1 : tcp.socket().getLocalPort();
    }

    /** Bound acknowledged TCP port, or -1 when it is disabled. */
    int acknowledgedTcpPort() {
        return acknowledgedTcp == null ? -1 : acknowledgedTcp.socket().getLocalPort();
    }

    /** Bound UDP port, or -1 when UDP is disabled. */
    int udpPort() {
        return udp == null ? -1 : udp.socket().getLocalPort();
    }

    /** Closes the ports and every connection; returns once they are closed. */
    void stop() {
        stopping = true;
        if (!loopStarted) {
            closeAll(); // the loop is still queued, or was refused: it will find everything closed
        } else {
            selector.wakeup();
            try {
                if (!loopEnded.await(5, TimeUnit.SECONDS)) {
                    LOG.warning("The generic-event listener thread did not end within 5 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.info(() -> "Stopped listening for generic events on " + settings.host());
    }

    private void serve() throws IOException {
        long checkMillis = settings.expiryCheckInterval().toMillis();
        while (!stopping) {
            selector.select(checkMillis);
            for (Runnable delivered; (delivered = deliveredBatches.poll()) != null; ) {
                delivered.run();
            }
            Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
            while (ready.hasNext() && !stopping) {
                SelectionKey key = ready.next();
                ready.remove();
                try {
                    handle(key);
                } catch (RuntimeException e) {
                    // a bug, not a sender's fault: drop what the key belongs to, keep serving everyone else
                    LOG.log(Level.WARNING, "Unexpected failure in the generic-event listener", e);
                    if (key.attachment() instanceof GenericTcpConnection connection) {
                        close(connection);
                    }
                }
            }
            closeExpiredConnections();
        }
    }

    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return; // its connection was closed earlier in this round
        }
        if (key.isAcceptable()) {
            // drain the backlog quickly: a flood of connections must not leave real senders waiting in it
            ServerSocketChannel server = (ServerSocketChannel) key.channel();
            for (int i = 0; i < PER_ROUND && accept(server); i++) {
                // accept() did the work
            }
        } else if (key.channel() == udp) {
            receiveDatagrams();
        } else {
            if (key.isWritable()) {
                flushReplies(key);
            }
            if (key.isValid() && key.isReadable()) {
                readConnection(key);
            }
        }
    }

    /** Accepts one pending connection; false when there was none (or accepting failed). */
    private boolean accept(ServerSocketChannel server) {
        SocketChannel channel;
        try {
            channel = server.accept();
        } catch (IOException e) {
            // e.g. out of file descriptors: the next round tries again
            LOG.log(Level.WARNING, "Accepting a generic-event connection failed", e);
            return false;
        }
        if (channel == null) {
            return false;
        }
        try {
            if (connections.size() >= settings.maxConnections()) {
                closeLeastRecentlyActive();
            }
            channel.configureBlocking(false);
            if (server == acknowledgedTcp) {
                // a sender waits for each answer: Nagle's delay against its delayed ACK would cost 40 ms a message
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            GenericTcpConnection connection = new GenericTcpConnection(channel, server == acknowledgedTcp, now(),
                    settings.lineTimeout().toMillis());
            channel.register(selector, SelectionKey.OP_READ, connection);
            connections.add(connection);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not set up a generic-event connection", e);
            closeQuietly(channel);
        }
        return true;
    }

    /** Full: the newcomer wins over the connection that has been quiet longest, so idle floods cannot lock senders out. */
    private void closeLeastRecentlyActive() {
        GenericTcpConnection oldest = connections.stream()
                .min(Comparator.comparingLong(GenericTcpConnection::lastActivityMillis)).orElseThrow();
        LOG.fine(() -> "Generic-event connections at their limit of " + settings.maxConnections()
                + "; closing the least recently active one, from " + oldest.sourceAddress());
        close(oldest);
    }

    private void readConnection(SelectionKey key) {
        GenericTcpConnection connection = (GenericTcpConnection) key.attachment();
        List<String> lines;
        try {
            lines = connection.read(readBuffer, now());
        } catch (RejectedMessageException e) {
            LOG.fine(() -> "Closing the generic-event connection from " + connection.sourceAddress() + ": message "
                    + e.getMessage());
            if (connection.acknowledging()) {
                connection.reply("NAK " + connection.nextMessageNumber() + " " + e.getMessage()); // best effort
            }
            close(connection);
            return;
        } catch (IOException e) {
            LOG.fine(() -> "Generic-event connection from " + connection.sourceAddress() + " failed: " + e);
            close(connection);
            return;
        }
        ConnectionBatch batch = connection.acknowledging() ? acknowledgedBatch(connection, lines)
                : ConnectionBatch.unanswered(lines.stream()
                        .map(line -> message(connection.sourceAddress(), Transport.TCP, line, null))
                        .filter(Objects::nonNull).toList());
        if (batch.messages().isEmpty()) {
            finish(key, connection, batch, new boolean[0]);
            return;
        }
        connection.deliveryStarted();
        key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
        try {
            workManager.scheduleWork(new BatchDelivery(key, connection, batch));
        } catch (WorkException e) {
            LOG.log(Level.FINE, "The work manager refused a generic-event delivery; delivering on the listener thread", e);
            finish(key, connection, batch, deliver(batch.messages()));
        }
    }

    /**
     * The messages of one read of a connection and, on the acknowledged port, the answer each line gets: its number,
     * made {@code ACK} or {@code NAK} by the delivery ({@code answerOfMessage}), or a {@code NAK} for a refused line.
     */
    private record ConnectionBatch(List<GenericMessage> messages, List<String> answers, List<Integer> answerOfMessage) {

        static ConnectionBatch unanswered(List<GenericMessage> messages) {
            return new ConnectionBatch(messages, List.of(), List.of());
        }
    }

    /** Delivers one connection's batch on a work thread, then hands the outcome back to the selector thread. */
    private final class BatchDelivery implements Work {

        private final SelectionKey key;
        private final GenericTcpConnection connection;
        private final ConnectionBatch batch;

        BatchDelivery(SelectionKey key, GenericTcpConnection connection, ConnectionBatch batch) {
            this.key = key;
            this.connection = connection;
            this.batch = batch;
        }

        @Override
        public void run() {
            boolean[] accepted = new boolean[batch.messages().size()];
            try {
                accepted = deliver(batch.messages());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Delivering generic events from " + connection.sourceAddress() + " failed", e);
            } finally {
                boolean[] outcome = accepted;
                deliveredBatches.add(() -> finish(key, connection, batch, outcome));
                selector.wakeup();
            }
        }

        @Override
        public void release() {
            // a delivery ends when the beans return; nothing to interrupt
        }
    }

    /**
     * On the selector thread: answers the lines of the acknowledged port, in order — {@code ACK <n>} only when every
     * bean returned normally, that is, after their transactions committed; otherwise {@code NAK <n> <reason>}, and the
     * sender resends — and reads the connection again.
     */
    private void finish(SelectionKey key, GenericTcpConnection connection, ConnectionBatch batch, boolean[] accepted) {
        connection.deliveryFinished(now());
        if (!key.isValid()) {
            return; // closed meanwhile (stop, or the connection budget): nothing to answer
        }
        List<String> answers = new ArrayList<>(batch.answers());
        for (int i = 0; i < batch.answerOfMessage().size(); i++) { // one per message on the acknowledged port, else none
            int answer = batch.answerOfMessage().get(i);
            answers.set(answer, (accepted[i] ? "ACK " : "NAK ") + answers.get(answer)
                    + (accepted[i] ? "" : " not stored, send it again"));
        }
        for (String answer : answers) {
            if (!connection.reply(answer)) {
                LOG.fine(() -> "Closing the acknowledged generic-event connection from " + connection.sourceAddress()
                        + ": it does not read its replies");
                close(connection);
                return;
            }
        }
        afterWrite(key, connection);
    }

    /** Numbers the lines of the acknowledged port; blank lines are keep-alives: no message, no number, no answer. */
    private ConnectionBatch acknowledgedBatch(GenericTcpConnection connection, List<String> lines) {
        List<String> answers = new ArrayList<>();
        List<GenericMessage> messages = new ArrayList<>();
        List<Integer> answerOfMessage = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            long number = connection.nextMessageNumber();
            try {
                AcknowledgedLine parsed = AcknowledgedLine.parse(line);
                GenericMessage message = message(connection.sourceAddress(), Transport.TCP_ACK, parsed.text(),
                        parsed.messageId());
                if (message == null) {
                    answers.add("NAK " + number + " empty message");
                    continue;
                }
                answerOfMessage.add(answers.size());
                answers.add(String.valueOf(number));
                messages.add(message);
            } catch (RejectedMessageException e) {
                answers.add("NAK " + number + " " + e.getMessage());
            }
        }
        return new ConnectionBatch(messages, answers, answerOfMessage);
    }

    private void flushReplies(SelectionKey key) {
        GenericTcpConnection connection = (GenericTcpConnection) key.attachment();
        if (!connection.flushReplies()) {
            close(connection);
            return;
        }
        afterWrite(key, connection);
    }

    /**
     * Watches for writability while replies wait; closes a connection whose sender has finished once everything it
     * is owed was written (its replies would otherwise be cut off).
     */
    private void afterWrite(SelectionKey key, GenericTcpConnection connection) {
        if (!key.isValid()) {
            return;
        }
        boolean waiting = connection.hasPendingReplies();
        if (connection.ended() && !waiting && !connection.delivering()) {
            close(connection);
            return;
        }
        int reading = connection.ended() || connection.delivering() ? 0 : SelectionKey.OP_READ;
        key.interestOps(reading | (waiting ? SelectionKey.OP_WRITE : 0));
    }

    private void receiveDatagrams() {
        List<GenericMessage> batch = new ArrayList<>();
        try {
            receiveDatagrams(batch);
        } finally {
            deliver(batch);
        }
    }

    private void receiveDatagrams(List<GenericMessage> batch) {
        for (int i = 0; i < PER_ROUND; i++) {
            datagramBuffer.clear();
            SocketAddress sender;
            try {
                sender = udp.receive(datagramBuffer);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Receiving a generic-event datagram failed", e);
                return;
            }
            if (sender == null) {
                return;
            }
            String source = ((InetSocketAddress) sender).getAddress().getHostAddress();
            int length = datagramBuffer.position();
            if (length == datagramBuffer.capacity()) {
                // the channel silently truncates what does not fit: a full buffer means oversized
                LOG.fine(() -> "Dropping a generic-event datagram from " + source + ": longer than "
                        + GenericEventSettings.MAX_MESSAGE_BYTES + " bytes");
                continue;
            }
            try {
                GenericMessage message = message(source, Transport.UDP,
                        GenericMessageText.decode(datagramBuffer.array(), length), null);
                if (message != null) {
                    batch.add(message);
                }
            } catch (RejectedMessageException e) {
                LOG.fine(() -> "Dropping a generic-event datagram from " + source + ": " + e.getMessage());
            }
        }
    }

    /** The message, or null for a keep-alive (blank) line, which carries no event. */
    private GenericMessage message(String source, Transport transport, String text, String messageId) {
        return text.isBlank() ? null : new GenericMessage(source, transport, settings.clock().instant(), text, messageId);
    }

    /**
     * Delivers the batch in one call; if that fails and it held several messages, each again on its own, so that only
     * the message a bean cannot handle is refused.
     *
     * @return per message, whether every bean took it
     */
    private boolean[] deliver(List<GenericMessage> batch) {
        boolean[] accepted = new boolean[batch.size()];
        if (batch.isEmpty()) {
            return accepted;
        }
        if (endpoints.deliver(batch)) {
            Arrays.fill(accepted, true);
        } else if (batch.size() > 1) {
            for (int i = 0; i < batch.size(); i++) {
                accepted[i] = endpoints.deliver(List.of(batch.get(i)));
            }
        }
        return accepted;
    }

    private void closeExpiredConnections() {
        long now = now();
        for (GenericTcpConnection connection : new ArrayList<>(connections)) {
            if (connection.expired(now)) {
                LOG.fine(() -> "Closing the generic-event connection from " + connection.sourceAddress()
                        + ": no complete line within " + settings.lineTimeout().toSeconds() + " s");
                close(connection);
            }
        }
    }

    private void close(GenericTcpConnection connection) {
        connections.remove(connection);
        connection.close();
    }

    private long now() {
        return settings.clock().millis();
    }

    private void closeAll() {
        connections.forEach(GenericTcpConnection::close);
        connections.clear();
        closeQuietly(tcp);
        closeQuietly(acknowledgedTcp);
        closeQuietly(udp);
        closeQuietly(selector);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing left to release
        }
    }

    /** The selector loop, until {@link #stop} or the work manager releases it. */
    private final class SelectLoop extends LongRunningWork {

        private static final long serialVersionUID = 1L;

        SelectLoop() {
            super("generic event listener " + settings.host());
        }

        @Override
        public void run() {
            loopStarted = true;
            try {
                if (!stopping) {
                    serve();
                }
            } catch (IOException | ClosedSelectorException e) {
                if (!stopping) {
                    LOG.log(Level.SEVERE, "The generic-event listener failed and stopped", e);
                }
            } finally {
                closeAll();
                loopEnded.countDown();
            }
        }

        @Override
        public void release() {
            stopping = true;
            selector.wakeup();
        }
    }
}
