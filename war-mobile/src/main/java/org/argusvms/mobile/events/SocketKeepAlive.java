package org.argusvms.mobile.events;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Pings every event and configuration subscriber every 30 s, so that a client that only listens (a live alarm list,
 * an integration waiting for events) keeps its connection: without traffic towards the server, WildFly ended such
 * WebSockets after about 90 s, and proxies do the same after their own idle timeouts. Browsers and the JDK client
 * answer pings by themselves.
 */
@Singleton
@Startup
public class SocketKeepAlive {

    @Inject
    private EventSubscribers events;

    @Inject
    private ConfigurationSubscribers configuration;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void ping() {
        events.pingAll();
        configuration.pingAll();
    }
}
