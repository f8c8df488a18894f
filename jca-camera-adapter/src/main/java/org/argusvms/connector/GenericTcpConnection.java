package org.argusvms.connector;

import org.argusvms.connector.GenericMessageText.RejectedMessageException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One sender's TCP connection to the generic-event listener: its line framer and its deadline. Each complete line
 * must arrive within the line timeout of the previous one (or of the connection's start); that single rule closes
 * both silent connections and senders that trickle a byte now and then.
 *
 * <p>On the acknowledged port the connection also numbers the messages and queues one reply line per message. Replies
 * are written without blocking the listener thread; a sender that does not read them is closed once
 * {@link #MAX_PENDING_REPLY_BYTES} are waiting, so it cannot make the listener buffer without end.
 */
final class GenericTcpConnection {

    /** Far more than a well-behaved sender ever leaves unread: some thousand replies. */
    static final int MAX_PENDING_REPLY_BYTES = 64 * 1024;

    private final SocketChannel channel;
    private final boolean acknowledging;
    private final String sourceAddress;
    private final GenericLineFramer framer = new GenericLineFramer();
    private final long lineTimeoutMillis;
    private long lastActivityMillis;
    private boolean ended;
    private boolean delivering;
    private long messages;
    private ByteBuffer pendingReplies = ByteBuffer.allocate(0);

    GenericTcpConnection(SocketChannel channel, boolean acknowledging, long nowMillis, long lineTimeoutMillis)
            throws IOException {
        this.channel = channel;
        this.acknowledging = acknowledging;
        this.sourceAddress = ((InetSocketAddress) channel.getRemoteAddress()).getAddress().getHostAddress();
        this.lineTimeoutMillis = lineTimeoutMillis;
        this.lastActivityMillis = nowMillis;
    }

    String sourceAddress() {
        return sourceAddress;
    }

    /** When the last complete line arrived (or the connection opened); the oldest is closed first when full. */
    long lastActivityMillis() {
        return lastActivityMillis;
    }

    /** Whether each message is answered (the acknowledged port). */
    boolean acknowledging() {
        return acknowledging;
    }

    /** The number of the next message on this connection, counting from 1; replies carry it. */
    long nextMessageNumber() {
        return ++messages;
    }

    /**
     * Queues {@code line} (CRLF is added) and writes as much of the queue as the socket takes now.
     *
     * @return false if the sender leaves too many replies unread, or the connection broke: close it
     */
    boolean reply(String line) {
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
        if (pendingReplies.remaining() + bytes.length > MAX_PENDING_REPLY_BYTES) {
            return false;
        }
        ByteBuffer queue = ByteBuffer.allocate(pendingReplies.remaining() + bytes.length);
        queue.put(pendingReplies).put(bytes).flip();
        pendingReplies = queue;
        return flushReplies();
    }

    /** Writes queued replies as far as the socket takes them; false if the connection broke. */
    boolean flushReplies() {
        try {
            channel.write(pendingReplies);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean hasPendingReplies() {
        return pendingReplies.hasRemaining();
    }

    /** Whether the sender closed its side: nothing more will come. */
    boolean ended() {
        return ended;
    }

    /** Idle too long without a complete line; never while its last lines are still being delivered. */
    boolean expired(long nowMillis) {
        return !delivering && nowMillis - lastActivityMillis > lineTimeoutMillis;
    }

    /** Whether a batch of its lines is with the beans; the connection is not read meanwhile, which keeps its order. */
    boolean delivering() {
        return delivering;
    }

    void deliveryStarted() {
        delivering = true;
    }

    /** The idle clock restarts: waiting for the beans (a database outage, say) is not the sender's silence. */
    void deliveryFinished(long nowMillis) {
        delivering = false;
        lastActivityMillis = nowMillis;
    }

    /**
     * Reads what is available.
     *
     * @return the lines completed by this read, or at the end of the stream the unterminated last line, if any
     * @throws RejectedMessageException on an oversized or non-UTF-8 line: the connection must be closed
     */
    List<String> read(ByteBuffer buffer, long nowMillis) throws IOException, RejectedMessageException {
        buffer.clear();
        int read = channel.read(buffer);
        if (read < 0) {
            ended = true;
            String last = framer.finish();
            return last == null ? List.of() : List.of(last);
        }
        buffer.flip();
        List<String> lines = framer.accept(buffer);
        if (!lines.isEmpty()) {
            lastActivityMillis = nowMillis;
        }
        return lines;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
