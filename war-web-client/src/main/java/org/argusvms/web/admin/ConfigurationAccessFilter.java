package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.PermissionService;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.JsonReply;

import java.io.IOException;

/**
 * Keeps the configuration page and its JSON endpoints to configuration administrators: everyone else gets 403, whether
 * they follow a link or call an endpoint directly. The EJBs check every change again (and audit it); this filter
 * also keeps the lists (every camera's URL, every recorder's address) from users who may not configure.
 */
@WebFilter(urlPatterns = {"/admin.xhtml", "/admin/*"})
public class ConfigurationAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String REFUSAL = "Only configuration administrators may open the configuration.";

    @EJB
    private PermissionService permissions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ConfigurationRights.mayConfigure(permissions)) {
            chain.doFilter(request, response);
        } else if ("/admin.xhtml".equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, REFUSAL);
        } else {
            JsonReply.send(response, HttpServletResponse.SC_FORBIDDEN, JsonCalls.error(REFUSAL));
        }
    }
}
