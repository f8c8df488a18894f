package org.argusvms.connector;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The recorder side of command connections: answers the management hello and each request with whatever the test
 * scripted, and records what it received.
 */
final class FakeRecorderServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Function<JsonObject, JsonObject> helloAnswer =
            hello -> Frames.recorderHelloAnswer("rec-1", "0.1.0");
    /** Frames sent in answer to a request, in order; an empty list means no answer at all. */
    private volatile Function<JsonObject, List<JsonObject>> requestAnswer =
            request -> List.of(Frames.okResponse(idOf(request), JsonValue.EMPTY_JSON_OBJECT));

    FakeRecorderServer() throws IOException {
        serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fake-recorder-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static long idOf(JsonObject request) {
        return request.getJsonNumber("id").longValue();
    }

    void answerHelloWith(Function<JsonObject, JsonObject> answer) {
        this.helloAnswer = answer;
    }

    void answerRequestsWith(Function<JsonObject, List<JsonObject>> answer) {
        this.requestAnswer = answer;
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** Command connections accepted so far. */
    int connections() {
        return connections.get();
    }

    JsonObject awaitReceived() throws InterruptedException {
        JsonObject frame = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(frame, "the fake recorder received nothing");
        return frame;
    }

    private void accept() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                connections.incrementAndGet();
                clients.add(client);
                Thread handler = new Thread(() -> serve(client), "fake-recorder-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            JsonObject hello = FrameCodec.read(in);
            if (hello == null) {
                return;
            }
            received.add(hello);
            JsonObject answer = helloAnswer.apply(hello);
            FrameCodec.write(out, answer);
            if (Frames.ERROR.equals(answer.getString("type"))) {
                return;
            }
            JsonObject request;
            while ((request = FrameCodec.read(in)) != null) {
                received.add(request);
                for (JsonObject frame : requestAnswer.apply(request)) {
                    FrameCodec.write(out, frame);
                }
            }
        } catch (IOException e) {
            // the adapter closed or reset the connection
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket client : clients) {
            client.close();
        }
    }
}
