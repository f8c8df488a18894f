package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.RequestIds;

import java.io.IOException;

/**
 * One collection of the configuration page (cameras, device groups, roles), on the web client's session:
 * {@code GET} lists it, {@code POST} (JSON) adds to it, {@code PUT ?id=ID} (JSON with the {@code version} the form
 * was based on) changes one, {@code DELETE ?id=ID} removes one. {@link ConfigurationAccessFilter} admits only
 * configuration administrators, and the EJBs check and audit every call again as the session's user.
 * Refusals name the field ({@code {"error", "field"}}, 400); a change based on an outdated version is 409 and stores
 * nothing. Changes need a JSON body or the PUT/DELETE methods, which no cross-site form can send.
 */
abstract class AdminCollectionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(AdminCollectionServlet.class.getName());

    /** What the collection holds, in the operator's words: "camera", "device group". */
    private final String item;
    /** What a user without the EJBs' right reads. */
    private final String refusal;

    AdminCollectionServlet(String item, String refusal) {
        this.item = item;
        this.refusal = refusal;
    }

    abstract String list();

    abstract String add(JsonObject body);

    abstract String change(String id, JsonObject body);

    abstract void remove(String id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, this::list);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (JsonCalls.requireJson(request, response)) {
            answer(response, () -> add(JsonCalls.readObject(request)));
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (JsonCalls.requireJson(request, response)) {
            answer(response, () -> change(id(request), JsonCalls.readObject(request)));
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            remove(id(request));
            return "{}";
        });
    }

    private String id(HttpServletRequest request) {
        return RequestIds.of(request.getParameter("id"))
                .orElseThrow(() -> new ValidationException("id", "The parameter 'id' must be a " + item + " id."));
    }

    private void answer(HttpServletResponse response, JsonCalls.Call call) throws IOException {
        JsonCalls.answer(response, call, LOG, "The " + item + "s are unavailable right now.", denied -> refusal);
    }
}
