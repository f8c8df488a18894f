package org.argusvms.connector;

import org.argusvms.connector.GenericMessageText.RejectedMessageException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * One sender's TCP connection to the generic-event listener: its line framer and its deadline. Each complete line
 * must arrive within the line timeout of the previous one (or of the connection's start); that single rule closes
 * both silent connections and senders that trickle a byte now and then.
 */
final class GenericTcpConnection {

    private final SocketChannel channel;
    private final String sourceAddress;
    private final GenericLineFramer framer = new GenericLineFramer();
    private final long lineTimeoutMillis;
    private long lastActivityMillis;
    private boolean ended;

    GenericTcpConnection(SocketChannel channel, long nowMillis, long lineTimeoutMillis) throws IOException {
        this.channel = channel;
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

    /** Whether the sender closed its side: nothing more will come. */
    boolean ended() {
        return ended;
    }

    boolean expired(long nowMillis) {
        return nowMillis - lastActivityMillis > lineTimeoutMillis;
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
