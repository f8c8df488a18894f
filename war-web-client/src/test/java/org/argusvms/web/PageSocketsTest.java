package org.argusvms.web;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageSocketsTest {

    /** A session that records what was sent to it, or fails every send once {@code broken}. */
    private static final class FakeSocket {
        final List<String> received = new ArrayList<>();
        boolean broken;
        final Session session;

        FakeSocket(String id) {
            RemoteEndpoint.Basic remote = (RemoteEndpoint.Basic) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Basic.class}, (proxy, method, args) -> {
                        if (broken) {
                            throw new IOException("connection reset");
                        }
                        switch (method.getName()) {
                            case "sendText" -> received.add((String) args[0]);
                            case "sendPing" -> received.add("(ping)");
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
            session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "isOpen" -> true;
                        case "getBasicRemote" -> remote;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void eachSessionGetsTheGreetingThenOnlyWhatItsRecipientAdmits() {
        PageSockets<String> sockets = new PageSockets<>("notice");
        FakeSocket guard = new FakeSocket("1");
        FakeSocket admin = new FakeSocket("2");
        sockets.add(guard.session, "guard", "ready");
        sockets.add(admin.session, "admin", "ready");

        sockets.publish(recipient -> recipient.equals("admin"), "camera 7 changed");

        assertEquals(List.of("ready"), guard.received);
        assertEquals(List.of("ready", "camera 7 changed"), admin.received);
    }

    @Test
    void pingsReachEveryOpenSessionAndABrokenOneIsDropped() {
        PageSockets<String> sockets = new PageSockets<>("notice");
        FakeSocket listening = new FakeSocket("1");
        FakeSocket gone = new FakeSocket("2");
        sockets.add(listening.session, "a", "ready");
        sockets.add(gone.session, "b", "ready");
        gone.broken = true;

        sockets.pingAll();
        sockets.publish(recipient -> true, "alarm raised");

        assertEquals(List.of("ready", "(ping)", "alarm raised"), listening.received);
        assertEquals(List.of("ready"), gone.received);
        assertEquals(1, sockets.size(), "the broken session is no longer served");
    }
}
