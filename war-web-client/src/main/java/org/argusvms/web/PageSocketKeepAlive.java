package org.argusvms.web;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.argusvms.web.alarms.AlarmChangeRelay;
import org.argusvms.web.views.ConfigurationChangeRelay;

/**
 * Pings the alarm and configuration sockets of open pages every 30 s: those pages only listen, and without traffic
 * towards the server WildFly ended such WebSockets after about 90 s (the pages reconnected, but an alarm raised
 * in between reached them only with the reload of the list).
 */
@Singleton
@Startup
public class PageSocketKeepAlive {

    @Inject
    private AlarmChangeRelay alarms;

    @Inject
    private ConfigurationChangeRelay configuration;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void ping() {
        alarms.pingAll();
        configuration.pingAll();
    }
}
