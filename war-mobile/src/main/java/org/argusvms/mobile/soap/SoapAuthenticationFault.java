package org.argusvms.mobile.soap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page of a 401: for a SOAP call it adds a SOAP fault saying which credentials are expected, so that an
 * integrator reading the raw exchange sees the reason; the status stays 401 with its WWW-Authenticate challenge,
 * which is what SOAP stacks report. Other 401s (REST) keep their empty body.
 */
public class SoapAuthenticationFault extends HttpServlet {

    static final String MESSAGE = "authentication required: send a valid Keycloak access token of realm argus"
            + " in the HTTP header \"Authorization: Bearer <token>\"";

    private static final long serialVersionUID = 1L;

    private static final String FAULT = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>\
            <faultcode>soap:Client</faultcode><faultstring>%1$s</faultstring><detail>\
            <a:IntegrationFault xmlns:a="%2$s"><a:code>UNAUTHENTICATED</a:code><a:message>%1$s</a:message>\
            </a:IntegrationFault></detail></soap:Fault></soap:Body></soap:Envelope>""";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedUri == null || !failedUri.toString().startsWith(request.getContextPath() + "/soap/")) {
            return;
        }
        response.setContentType("text/xml; charset=UTF-8");
        String escaped = MESSAGE.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        response.getWriter().write(FAULT.formatted(escaped, VmsIntegrationService.NAMESPACE));
    }
}
