package org.argusvms.recorder.testing;

import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderRegistration;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The management server's recorder event listener, reduced to what tests need: it welcomes recorders with a media
 * ticket key, acknowledges every event and remembers registrations and events.
 */
public final class ManagementStub implements AutoCloseable {

    private final ServerSocket server;
    private final byte[] ticketKey;
    private final List<RecorderRegistration> registrations = new CopyOnWriteArrayList<>();
    private final List<RecorderEvent> events = new CopyOnWriteArrayList<>();
    private final List<RecorderEvent> received = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private volatile boolean acknowledging = true;
    private volatile boolean answeringHeartbeats = true;

    public ManagementStub(byte[] ticketKey) throws IOException {
        this(ticketKey, 0);
    }

    public ManagementStub(byte[] ticketKey, int port) throws IOException {
        this.ticketKey = ticketKey.clone();
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread acceptor = new Thread(this::acceptLoop, "management-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** false: events are received but not acknowledged (an endpoint that fails). */
    public void setAcknowledging(boolean acknowledging) {
        this.acknowledging = acknowledging;
    }

    /** false: heartbeats go unanswered, so the connection looks dead to the recorder. */
    public void setAnsweringHeartbeats(boolean answering) {
        this.answeringHeartbeats = answering;
    }

    /** Every event frame received, acknowledged or not, including repeats. */
    public List<RecorderEvent> received() {
        return List.copyOf(received);
    }

    public List<RecorderRegistration> registrations() {
        return List.copyOf(registrations);
    }

    /** The acknowledged events, in the order they arrived. */
    public List<RecorderEvent> events() {
        return List.copyOf(events);
    }

    public List<RecorderEvent> events(String eventType, String cameraId) {
        return filter(event -> event.eventType().equals(eventType) && cameraId.equals(event.cameraId()));
    }

    public List<RecorderEvent> filter(Predicate<RecorderEvent> predicate) {
        List<RecorderEvent> matching = new ArrayList<>();
        for (RecorderEvent event : events) {
            if (predicate.test(event)) {
                matching.add(event);
            }
        }
        return matching;
    }

    /** Cuts every recorder connection, as a restarting WildFly would. */
    public void dropConnections() throws IOException {
        for (Socket socket : connections) {
            socket.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                Thread handler = new Thread(() -> serve(socket), "management-stub-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            JsonObject hello = FrameCodec.read(in);
            registrations.add(RecorderRegistration.fromJson(hello));
            FrameCodec.write(out, Frames.welcome(Base64.getEncoder().encodeToString(ticketKey)));
            JsonObject frame;
            while ((frame = FrameCodec.read(in)) != null) {
                String type = frame.getString("type");
                if (Frames.EVENT.equals(type)) {
                    RecorderEvent event = RecorderEvent.fromJson(frame);
                    received.add(event);
                    if (acknowledging) {
                        events.add(event);
                        FrameCodec.write(out, Frames.ack(event.seq()));
                    }
                } else if (Frames.HEARTBEAT.equals(type) && answeringHeartbeats) {
                    FrameCodec.write(out, Frames.heartbeat());
                }
            }
        } catch (IOException e) {
            // connection ended
        } finally {
            connections.remove(socket);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropConnections();
    }
}
