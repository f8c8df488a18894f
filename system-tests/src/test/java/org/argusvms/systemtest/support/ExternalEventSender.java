package org.argusvms.systemtest.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What an external system does to the event server's inputs: generic events as text over TCP or UDP (seed port
 * 1234) and analytics events as one XML document per TCP connection (seed port 9090).
 */
public final class ExternalEventSender {

    public static final int GENERIC_EVENT_PORT = Integer.getInteger("argus.generic-event.port", 1234);
    public static final int ANALYTICS_EVENT_PORT = Integer.getInteger("argus.analytics-event.port", 9090);

    private ExternalEventSender() {
    }

    /** A token unique per test, so events of other tests and earlier runs never match its definitions. */
    public static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }

    public static void sendLine(String text) throws IOException {
        sendBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes on one TCP connection to the generic-event listener. */
    public static void sendBytes(byte[] bytes) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), GENERIC_EVENT_PORT)) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException closedByTheListener) {
                // the listener may drop an offending connection before everything was written
            }
        }
    }

    public static void sendDatagram(String text) throws IOException {
        sendDatagram(text.getBytes(StandardCharsets.UTF_8));
    }

    public static void sendDatagram(byte[] payload) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.send(new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), GENERIC_EVENT_PORT));
        }
    }

    /** One analytics document per connection: send, half-close, read the listener's one-line answer. */
    public static String sendAnalytics(String document) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), ANALYTICS_EVENT_PORT)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(document.getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
