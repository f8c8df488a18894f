package org.argusvms.simulator.rtsp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

import org.argusvms.simulator.stream.SimulatedCamera;

/** Accepts RTSP connections on one TCP port and serves each with its own thread. */
public final class RtspServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RtspServer.class.getName());
    private static final int BACKLOG = 50;
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final Duration ACCEPT_RETRY_DELAY = Duration.ofMillis(100);

    private final ServerSocket serverSocket;
    private final RtspServerContext context;
    private final Set<RtspConnection> connections = ConcurrentHashMap.newKeySet();
    private final Map<RtspConnection, Thread> connectionThreads = new ConcurrentHashMap<>();
    private final AtomicInteger connectionCounter = new AtomicInteger();
    private final Thread acceptThread;

    private RtspServer(ServerSocket serverSocket, RtspServerContext context) {
        this.serverSocket = serverSocket;
        this.context = context;
        this.acceptThread = new Thread(this::acceptLoop, "argus-sim-accept-" + serverSocket.getLocalPort());
        this.acceptThread.setDaemon(true);
    }

    /**
     * @param random thread-safe source for session ids, SSRCs, sequence numbers and nonces
     */
    public static RtspServer start(InetSocketAddress bindAddress, Map<String, SimulatedCamera> cameras,
                                   RtspAuthenticator authenticator, Duration sessionTimeout, RandomGenerator random)
            throws IOException {
        ServerSocket serverSocket = new ServerSocket();
        try {
            // A restarted camera must get its port back while old connections sit in TIME_WAIT.
            serverSocket.setReuseAddress(true);
            serverSocket.bind(bindAddress, BACKLOG);
        } catch (IOException e) {
            serverSocket.close();
            throw new IOException("cannot listen for RTSP on " + bindAddress + ": " + e.getMessage(), e);
        }
        RtspServer server = new RtspServer(serverSocket,
                new RtspServerContext(Map.copyOf(cameras), authenticator, sessionTimeout, random));
        server.acceptThread.start();
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public int connectionCount() {
        return connections.size();
    }

    /** Disconnects every client, as a camera reboot or network cut would; clients may reconnect. */
    public void dropAllClients() {
        connections.forEach(RtspConnection::close);
    }

    /** Stops listening, disconnects everyone and waits for the connection threads to end. */
    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "error closing RTSP server socket", e);
        }
        join(acceptThread);
        dropAllClients();
        connectionThreads.values().forEach(RtspServer::join);
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(Level.WARNING, "accepting an RTSP connection failed", e);
                    pauseAfterAcceptFailure();
                }
                continue;
            }
            String name = "argus-sim-rtsp-" + port() + "-" + connectionCounter.incrementAndGet();
            RtspConnection connection = new RtspConnection(socket, context, name, this::forget);
            Thread thread = new Thread(connection, name);
            thread.setDaemon(true);
            connections.add(connection);
            connectionThreads.put(connection, thread);
            LOG.fine(() -> name + ": connection from " + socket.getRemoteSocketAddress());
            thread.start();
        }
    }

    /** Out of file descriptors, accept fails at once; do not spin on it. */
    private static void pauseAfterAcceptFailure() {
        try {
            Thread.sleep(ACCEPT_RETRY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void forget(RtspConnection connection) {
        connections.remove(connection);
        connectionThreads.remove(connection);
    }

    private static void join(Thread thread) {
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
