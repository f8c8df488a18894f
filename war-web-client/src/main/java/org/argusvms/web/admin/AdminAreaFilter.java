package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.PermissionService;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.JsonReply;

import java.io.IOException;
import java.util.function.Predicate;

/**
 * Keeps a page and its JSON endpoints to users whose VMS roles grant an administration area: everyone else gets 403,
 * whether they follow a link or call an endpoint directly (an HTML error for the page, a JSON one for endpoints).
 */
abstract class AdminAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final String page;
    private final String refusal;
    private final transient Predicate<PermissionService> admits;

    @EJB
    private PermissionService permissions;

    /**
     * @param page    the page guarded, e.g. "/admin.xhtml"
     * @param refusal what a refused user is told
     * @param admits  whether the signed-in user may pass (false as well when the rights cannot be read)
     */
    AdminAreaFilter(String page, String refusal, Predicate<PermissionService> admits) {
        this.page = page;
        this.refusal = refusal;
        this.admits = admits;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (admits.test(permissions)) {
            chain.doFilter(request, response);
        } else if (page.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, refusal);
        } else {
            JsonReply.send(response, HttpServletResponse.SC_FORBIDDEN, JsonCalls.error(refusal));
        }
    }
}
