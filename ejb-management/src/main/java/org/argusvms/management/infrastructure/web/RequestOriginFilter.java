package org.argusvms.management.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.argusvms.management.application.RequestOrigin;

import java.io.IOException;

/**
 * Tells the management server where each request of a WAR comes from, for the audit trail; registered in the web.xml
 * of each WAR. The peer address is used, not X-Forwarded-For: a client could forge that header, and no trusted proxy
 * is configured.
 */
public class RequestOriginFilter implements Filter {

    @Inject
    private RequestOrigin origin;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        origin.clientAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
