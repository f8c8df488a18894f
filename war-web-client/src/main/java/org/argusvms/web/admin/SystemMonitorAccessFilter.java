package org.argusvms.web.admin;

import jakarta.servlet.annotation.WebFilter;

/**
 * Keeps the system monitor page and its snapshot to users whose roles grant the SYSTEM_MONITOR administration area
 * (or CONFIGURATION, whose page embeds the same monitor): a control-room supervisor can watch server and camera
 * health without being able to change the configuration.
 */
@WebFilter(urlPatterns = {"/monitor.xhtml", "/monitor/*"})
public class SystemMonitorAccessFilter extends AdminAreaFilter {

    private static final long serialVersionUID = 1L;

    public SystemMonitorAccessFilter() {
        super("/monitor.xhtml", "Only system monitor or configuration administrators may open the system monitor.",
                ConfigurationRights::mayMonitor);
    }
}
