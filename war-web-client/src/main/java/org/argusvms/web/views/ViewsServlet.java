package org.argusvms.web.views;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.web.JsonReply;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.ViewService;

import java.io.IOException;

/**
 * {@code GET /argus/views}: the caller's personal views and the shared ones, for the live page's picker;
 * {@code GET /argus/views?id=ID}: one view with its tiles. The EJB runs as the session's user and decides what they
 * may read (another user's personal view is 404, cameras they may not watch are restricted tiles).
 */
@WebServlet(urlPatterns = "/views")
public class ViewsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ViewsServlet.class.getName());
    static final int MAX_ID_LENGTH = 64;

    @EJB
    private ViewService viewService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        try {
            if (id == null) {
                send(response, HttpServletResponse.SC_OK,
                        ViewJson.list(viewService.listViews(null, new PageRequest(0, PageRequest.MAX_LIMIT))));
            } else if (id.isBlank() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
                send(response, HttpServletResponse.SC_BAD_REQUEST, ViewJson.error("The parameter 'id' must be a view id."));
            } else {
                String view = viewService.findView(id).map(ViewJson::view).orElse(null);
                send(response, view == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK,
                        view == null ? ViewJson.error("This view does not exist.") : view);
            }
        } catch (EJBException e) {
            LOG.log(System.Logger.Level.WARNING, "Views could not be read", e);
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ViewJson.error("Views are unavailable right now."));
        }
    }

    /** Tickets and views are personal: {@link JsonReply} keeps them out of every cache. */
    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        JsonReply.send(response, status, json);
    }
}
