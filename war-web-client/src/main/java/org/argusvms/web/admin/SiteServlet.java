package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.SiteService;
import org.argusvms.web.JsonCalls;

import java.io.IOException;

/**
 * {@code /admin/site}: {@code GET} the site tree (the site, its recording servers with their hardware and devices) the
 * Hardware section draws; {@code PUT} (JSON with the version) edits the site's name, description, time zone, contact.
 */
@WebServlet("/admin/site")
public class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(SiteServlet.class.getName());
    private static final String UNAVAILABLE = "The site cannot be read or changed right now.";

    @EJB
    private SiteService sites;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonCalls.answer(response, () -> RecordJson.object(sites.tree()), LOG, UNAVAILABLE);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (JsonCalls.requireJson(request, response)) {
            JsonCalls.answer(response, () -> RecordJson.object(sites.updateSite(HardwareForm.site(
                    JsonCalls.readObject(request)))), LOG, UNAVAILABLE);
        }
    }
}
