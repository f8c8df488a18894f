package org.argusvms.systemtest.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A well-behaved sender on the acknowledged generic-event port (seed 1235): one message at a time, each with its own
 * message id, resent on the same or a new connection until it is answered {@code ACK}. One at a time keeps the order:
 * a message is never sent before the previous one was acknowledged.
 */
public final class AcknowledgedEventSender implements AutoCloseable {

    public static final int PORT = Integer.getInteger("argus.generic-event.ack.port", 1235);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final Duration patience;
    private Socket socket;
    private BufferedReader replies;
    private int resends;

    /** @param patience how long one message may take, resends included, before the sender gives up */
    public AcknowledgedEventSender(Duration patience) {
        this.patience = patience;
    }

    /** Sends {@code id=<messageId> <text>} until it is acknowledged. */
    public void send(String messageId, String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        byte[] line = ("id=" + messageId + " " + text + "\n").getBytes(StandardCharsets.UTF_8);
        while (true) {
            String reply = attempt(line);
            if (reply != null && reply.startsWith("ACK ")) {
                return;
            }
            closeConnection(); // NAK, or the server went away: start over on a new connection
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("message " + messageId + " not acknowledged within " + patience + ": " + reply);
            }
            resends++;
            Thread.sleep(RETRY_PAUSE.toMillis()); // pacing reconnects while the server restarts
        }
    }

    /** The reply, or null if the connection failed. */
    private String attempt(byte[] line) {
        try {
            if (socket == null) {
                socket = new Socket(InetAddress.getLoopbackAddress(), PORT);
                socket.setSoTimeout(15_000);
                socket.setTcpNoDelay(true);
                replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            }
            OutputStream out = socket.getOutputStream();
            out.write(line);
            out.flush();
            return replies.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    /** How many times a message had to be sent again. */
    public int resends() {
        return resends;
    }

    private void closeConnection() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // gone already
            }
            socket = null;
        }
    }

    @Override
    public void close() {
        closeConnection();
    }
}
