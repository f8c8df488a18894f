package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.events.application.GenericEventDefinitionService;
import org.argusvms.web.JsonCalls;

import java.io.IOException;

/**
 * {@code GET /admin/generic-event-definitions}: the generic-event definitions, read-only, for the rule trigger's and
 * the alarm definition's choice of one (they are defined through the REST API).
 */
@WebServlet("/admin/generic-event-definitions")
public class GenericEventDefinitionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(GenericEventDefinitionsServlet.class.getName());

    @EJB
    private GenericEventDefinitionService definitions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonCalls.answer(response, () -> RecordJson.array(definitions.list()), LOG,
                "The generic-event definitions are unavailable right now.");
    }
}
