package org.argusvms.web.control;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.events.application.UserEventDefinitionService;
import org.argusvms.events.application.UserEventService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.RequestIds;

import java.io.IOException;

/**
 * The live page's user-defined events, on the web client's session; the EJBs run as the session's user and decide who
 * may trigger what:
 * <ul>
 * <li>{@code GET /user-events}: the definitions the user may trigger, by name</li>
 * <li>{@code POST /user-event-trigger} JSON {@code {"id","key"}}: stores and publishes one event of the definition;
 * {@code key} is the click's idempotency key, so a retried request stores nothing twice</li>
 * </ul>
 */
@WebServlet(urlPatterns = {UserEventsServlet.LIST, UserEventsServlet.TRIGGER})
public class UserEventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(UserEventsServlet.class.getName());
    static final String LIST = "/user-events";
    static final String TRIGGER = "/user-event-trigger";

    @EJB
    private UserEventDefinitionService definitions;

    @EJB
    private UserEventService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.isFor(LIST, request, response, "Use POST.")) {
            return;
        }
        answer(response, () -> UserEventJson.definitions(definitions.triggerable()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.isFor(TRIGGER, request, response, "Use GET.") || !JsonCalls.requireJson(request, response)) {
            return;
        }
        answer(response, () -> {
            JsonObject body = JsonCalls.readObject(request);
            String id = RequestIds.of(CameraControlJson.string(body, "id"))
                    .orElseThrow(() -> new ValidationException("id", "'id' must be a user-defined event id."));
            return UserEventJson.triggered(events.trigger(id, CameraControlJson.string(body, "key")));
        });
    }

    private static void answer(HttpServletResponse response, JsonCalls.Call call) throws IOException {
        JsonCalls.answer(response, call, LOG, "User-defined events are unavailable right now.",
                refusal -> "You may not trigger this event.");
    }
}
