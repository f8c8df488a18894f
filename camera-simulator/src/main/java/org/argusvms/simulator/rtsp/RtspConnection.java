package org.argusvms.simulator.rtsp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * One client's RTSP connection, served by its own thread: reads requests, writes responses, and on exit, whatever
 * the reason, ends the client's sessions so that nothing it started outlives it.
 */
final class RtspConnection implements Runnable {

    private static final Logger LOG = Logger.getLogger(RtspConnection.class.getName());

    private final Socket socket;
    private final RtspServerContext context;
    private final String name;
    private final Consumer<RtspConnection> onClosed;

    RtspConnection(Socket socket, RtspServerContext context, String name, Consumer<RtspConnection> onClosed) {
        this.socket = socket;
        this.context = context;
        this.name = name;
        this.onClosed = onClosed;
    }

    @Override
    public void run() {
        RtspRequestHandler handler = null;
        try {
            socket.setTcpNoDelay(true);
            // Clients keep sessions alive with requests or RTCP at about half the timeout; allow twice the timeout
            // of silence before giving up on them.
            socket.setSoTimeout((int) context.sessionTimeout().multipliedBy(2).toMillis());
            RtspOutput output = new RtspOutput(socket.getOutputStream());
            handler = new RtspRequestHandler(context, output, socket.getLocalAddress(), socket.getInetAddress(), name,
                    this::close);
            serve(new RtspRequestReader(new BufferedInputStream(socket.getInputStream())), handler, output);
            LOG.fine(() -> name + ": client closed the connection");
        } catch (SocketTimeoutException e) {
            LOG.fine(() -> name + ": client silent for longer than twice the session timeout; closing");
        } catch (IOException e) {
            LOG.fine(() -> name + ": connection ended: " + e);
        } finally {
            // Closing the socket first unblocks a sender thread stuck writing to it.
            close();
            if (handler != null) {
                handler.closeSessions();
            }
            onClosed.accept(this);
        }
    }

    /** Disconnects the client; the connection's thread then cleans up and ends. */
    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.fine(() -> name + ": error closing socket: " + e);
        }
    }

    private void serve(RtspRequestReader reader, RtspRequestHandler handler, RtspOutput output) throws IOException {
        try {
            for (Optional<RtspRequest> request = reader.next(); request.isPresent(); request = reader.next()) {
                RtspResponse response = handler.handle(request.get());
                if (response.hangsUp()) {
                    LOG.fine(() -> name + ": hanging up (fault injected)");
                    return;
                }
                output.writeResponse(response.encode());
                response.afterSent().run();
            }
        } catch (RtspFramingException e) {
            LOG.fine(() -> name + ": closing after malformed input: " + e.getMessage());
            output.writeResponse(RtspResponse.of(RtspStatus.BAD_REQUEST)
                    .header("Server", RtspRequestHandler.SERVER_NAME)
                    .header("Connection", "close")
                    .encode());
        }
    }
}
