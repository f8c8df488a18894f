package org.argusvms.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * An external system sending generic events as text lines over TCP: several connections, each line stamped with
 * its send time, paced to an offered rate. Lines due at the same instant are written together and flushed once
 * per connection, as a busy sender would; if the server stops reading, the writes block and the achieved rate
 * shows it. Each burst opens its own connections (the listener closes silent ones after 10 s); a connection the
 * listener closes mid-burst is counted and reopened, and what was buffered on it is lost, as for a real sender.
 */
final class GenericEventSender {

    /** One burst: the offered rate, how many lines were written in how long, and connections the server closed. */
    record Sent(double offeredPerSecond, long lines, double seconds, int connectionsDropped) {

        double achievedPerSecond() {
            return lines / seconds;
        }
    }

    private final String runId;
    private final InetSocketAddress listener;
    private final int connections;
    private int nextSequence;
    private int connectionsDroppedTotal;

    GenericEventSender(String host, int port, int connections, String runId) {
        this.runId = runId;
        this.listener = new InetSocketAddress(host, port);
        this.connections = connections;
    }

    /** Lines written so far in this run (the next sequence number). */
    int sentTotal() {
        return nextSequence;
    }

    /** Connections the listener closed during all bursts so far. */
    int connectionsDroppedTotal() {
        return connectionsDroppedTotal;
    }

    /** Sends at {@code perSecond} for {@code duration}, round-robin over fresh connections. */
    Sent send(double perSecond, Duration duration) throws IOException {
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                open.add(new Connection(listener));
            }
            return send(open, perSecond, duration);
        } finally {
            for (Connection connection : open) {
                connection.close();
            }
        }
    }

    private Sent send(List<Connection> open, double perSecond, Duration duration) throws IOException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            long due = (long) ((now - start) / 1e9 * perSecond);
            if (due <= sent) {
                LockSupport.parkNanos(200_000);
                continue;
            }
            for (; sent < due; sent++) {
                Connection connection = open.get(nextSequence % open.size());
                connection.write(new BenchmarkEventText(runId, nextSequence++, System.nanoTime()).text() + "\n");
            }
            for (Connection connection : open) {
                connection.flush();
            }
        }
        int dropped = open.stream().mapToInt(Connection::dropped).sum();
        connectionsDroppedTotal += dropped;
        return new Sent(perSecond, sent, (System.nanoTime() - start) / 1e9, dropped);
    }

    /** A sender connection that reopens itself when the listener closed it. */
    private static final class Connection {
        private final InetSocketAddress listener;
        private Socket socket;
        private OutputStream out;
        private boolean dirty;
        private int dropped;

        Connection(InetSocketAddress listener) throws IOException {
            this.listener = listener;
            open();
        }

        void write(String line) throws IOException {
            try {
                out.write(line.getBytes(StandardCharsets.US_ASCII));
                dirty = true;
            } catch (IOException closedByTheListener) {
                reopen();
            }
        }

        void flush() throws IOException {
            if (!dirty) {
                return;
            }
            try {
                out.flush();
                dirty = false;
            } catch (IOException closedByTheListener) {
                reopen();
            }
        }

        int dropped() {
            return dropped;
        }

        void close() throws IOException {
            socket.close();
        }

        private void reopen() throws IOException {
            dropped++;
            socket.close();
            open();
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(listener, 5000);
            out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            dirty = false;
        }
    }
}
