package org.argusvms.recorder.control;

import org.argusvms.recorder.support.NamedThreads;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Accepts command connections on the control port (default 9001). The management server pools a few connections;
 * beyond {@link #MAX_CONNECTIONS} concurrent ones new connections are closed immediately, so a misbehaving peer
 * cannot exhaust the recorder's threads.
 */
public final class CommandServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CommandServer.class.getName());
    static final int MAX_CONNECTIONS = 32;

    private final ServerSocket serverSocket;
    private final CommandHandler handler;
    private final ExecutorService connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new NamedThreads("command-connection"));
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private Thread acceptor;

    public CommandServer(String bindHost, int port, CommandHandler handler) throws IOException {
        this.handler = handler;
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(bindHost, port));
    }

    public void start() {
        acceptor = NamedThreads.start("command-acceptor", this::acceptLoop);
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(Level.WARNING, "accepting a command connection failed", e);
                }
                continue;
            }
            if (open.size() >= MAX_CONNECTIONS) {
                LOG.warning(() -> "refusing command connection from " + socket.getRemoteSocketAddress()
                        + ": " + MAX_CONNECTIONS + " already open");
                closeQuietly(socket);
                continue;
            }
            open.add(socket);
            try {
                connections.execute(() -> {
                    try {
                        new CommandConnection(socket, handler).run();
                    } finally {
                        open.remove(socket);
                    }
                });
            } catch (RejectedExecutionException e) {
                open.remove(socket);
                closeQuietly(socket);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(serverSocket);
        open.forEach(CommandServer::closeQuietly);
        connections.shutdownNow();
        if (acceptor != null) {
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
