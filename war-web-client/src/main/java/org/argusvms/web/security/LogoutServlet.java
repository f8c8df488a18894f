package org.argusvms.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

import java.io.IOException;

/**
 * {@code POST /argus/logout}: ends the local session, then the Keycloak session (RP-initiated logout), so the
 * next visit asks for credentials again. POST only, so that a link on another site cannot log an operator out.
 */
@WebServlet(urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // Read what the provider needs before the session that holds the tokens is gone.
        String endSessionUrl = null;
        String home = contextRootUrl(request);
        if (request.getAttribute(OidcSecurityContext.class.getName()) instanceof RefreshableOidcSecurityContext oidc
                && oidc.getOidcClientConfiguration() != null) {
            OidcClientConfiguration provider = oidc.getOidcClientConfiguration();
            if (provider.getLogoutUrl() != null) {
                endSessionUrl = EndSessionUrl.of(provider.getLogoutUrl(), provider.getClientId(),
                        oidc.getIDTokenString(), home);
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(endSessionUrl != null ? endSessionUrl : home);
    }

    /** {@code http://host:port/argus/}, where Keycloak sends the browser after logging out. */
    static String contextRootUrl(HttpServletRequest request) {
        String requestUrl = request.getRequestURL().toString();
        return requestUrl.substring(0, requestUrl.length() - request.getServletPath().length()) + "/";
    }
}
