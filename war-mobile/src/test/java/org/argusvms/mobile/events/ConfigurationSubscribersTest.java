package org.argusvms.mobile.events;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationRecipient;
import org.argusvms.management.domain.model.role.AdminArea;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigurationSubscribersTest {

    /** A session that takes every message at once and remembers it. */
    private static Session session(String id, List<String> received) {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                ConfigurationSubscribersTest.class.getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class},
                (proxy, method, args) -> {
                    received.add((String) args[0]);
                    ((SendHandler) args[1]).onResult(new SendResult());
                    return null;
                });
        return (Session) Proxy.newProxyInstance(ConfigurationSubscribersTest.class.getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> true;
                    case "getId" -> id;
                    case "getAsyncRemote" -> remote;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void eachChangeReachesExactlyTheSessionsWhoseUserMayReadTheObject() {
        ConfigurationSubscribers subscribers = new ConfigurationSubscribers();
        List<String> operator = new ArrayList<>();
        List<String> admin = new ArrayList<>();
        subscribers.add(session("1", operator), new ConfigurationRecipient("operator", true, Set.of(), Set.of("c1"), true));
        subscribers.add(session("2", admin), new ConfigurationRecipient("admin", true,
                Set.of(AdminArea.CONFIGURATION, AdminArea.SECURITY), Set.of("c1"), true));

        subscribers.publish(ConfigurationAudience.view(false, "operator"), "personal");
        subscribers.publish(ConfigurationAudience.view(true, null), "shared");
        subscribers.publish(ConfigurationAudience.administratorsOf(AdminArea.SECURITY), "role");

        assertEquals(List.of(ConfigurationStreamEndpoint.READY, "personal", "shared"), operator);
        assertEquals(List.of(ConfigurationStreamEndpoint.READY, "shared", "role"), admin);
    }

    @Test
    void aClosedSocketGetsNothingMore() {
        ConfigurationSubscribers subscribers = new ConfigurationSubscribers();
        List<String> received = new ArrayList<>();
        Session session = session("1", received);
        subscribers.add(session, ConfigurationRecipient.withoutRights("guard"));
        subscribers.remove(session);
        subscribers.publish(ConfigurationAudience.signedIn(), "shared");
        assertEquals(List.of(ConfigurationStreamEndpoint.READY), received);
    }
}
