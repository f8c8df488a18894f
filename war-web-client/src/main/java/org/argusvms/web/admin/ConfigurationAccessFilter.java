package org.argusvms.web.admin;

import jakarta.servlet.annotation.WebFilter;

/**
 * Keeps the configuration page and its JSON endpoints to configuration administrators. The EJBs check every change
 * again (and audit it); this filter also keeps the lists (every camera's URL, every recorder's address) from users who
 * may not configure.
 */
@WebFilter(urlPatterns = {"/admin.xhtml", "/admin/*"})
public class ConfigurationAccessFilter extends AdminAreaFilter {

    private static final long serialVersionUID = 1L;
    static final String REFUSAL = "Only configuration administrators may open the configuration.";

    public ConfigurationAccessFilter() {
        super("/admin.xhtml", REFUSAL, ConfigurationRights::mayConfigure);
    }
}
