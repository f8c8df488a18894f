package org.argusvms.web.alarms;

import jakarta.ejb.EJB;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.events.application.AlarmService;
import org.argusvms.events.application.AlarmService.Order;
import org.argusvms.events.application.AlarmView;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.JsonReply;

import java.io.IOException;
import java.util.List;

/**
 * The alarms page's calls, on the web client's own session: the alarm EJB runs as the session's user, lists only the
 * alarms they may handle and enforces the workflow, so the page shows exactly what the REST API would.
 * <ul>
 * <li>{@code GET /alarm-list?state=open|all|NEW|…&priority=1..10&sort=newest|priority&offset=&limit=}</li>
 * <li>{@code GET /alarm?id=ID}: with history and instructions</li>
 * <li>{@code POST /alarm-step} JSON {@code {"id","action":"take|hold|close","comment","version"}}: the changed alarm,
 * 400/404/409 with the service's message</li>
 * </ul>
 * The step needs a JSON body, which a cross-site form cannot send. Refusals are answered like the REST API's
 * ({@link JsonCalls}): the service's message, shown by the page next to the action.
 */
@WebServlet(urlPatterns = {"/alarm-list", "/alarm", "/alarm-step"})
public class AlarmsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(AlarmsServlet.class.getName());
    static final int DEFAULT_PAGE = 25;
    static final int MAX_ID_LENGTH = 64;

    @EJB
    private AlarmService alarms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/alarm".equals(request.getServletPath())) {
            answer(response, () -> AlarmJson.alarm(alarms.get(id(request.getParameter("id")))));
            return;
        }
        answer(response, () -> {
            AlarmListQuery query = new AlarmListQuery(request.getParameter("state"),
                    integer("priority", request.getParameter("priority"), null), order(request.getParameter("sort")),
                    integer("offset", request.getParameter("offset"), 0),
                    integer("limit", request.getParameter("limit"), DEFAULT_PAGE));
            List<AlarmView> found = query.pagePlusOne(alarms);
            boolean more = found.size() > query.limit();
            return AlarmJson.page(more ? found.subList(0, query.limit()) : found, query.offset(), more);
        });
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/alarm-step".equals(request.getServletPath())) {
            send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, JsonCalls.error("Use GET."));
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.startsWith("application/json")) {
            send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, JsonCalls.error("Send JSON."));
            return;
        }
        answer(response, () -> {
            JsonObject body = JsonCalls.readObject(request);
            String id = id(body.getString("id", null));
            String comment = body.getString("comment", null);
            Long version = body.get("version") instanceof JsonNumber number ? number.longValue() : null;
            AlarmView changed = switch (body.getString("action", "")) {
                case "take" -> alarms.take(id, comment, version);
                case "hold" -> alarms.hold(id, comment, version);
                case "close" -> alarms.close(id, comment, version);
                default -> throw new ValidationException("action", "action must be take, hold or close");
            };
            return AlarmJson.alarm(changed);
        });
    }

    static String id(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("id", "'id' must be an alarm id.");
        }
        return value;
    }

    static Integer integer(String field, String value, Integer absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + field + "' must be a whole number.");
        }
    }

    static Order order(String sort) {
        if (sort == null || sort.isBlank() || "newest".equals(sort)) {
            return Order.NEWEST;
        }
        if ("priority".equals(sort)) {
            return Order.PRIORITY;
        }
        throw new ValidationException("sort", "sort must be newest or priority");
    }

    private static void answer(HttpServletResponse response, JsonCalls.Call call) throws IOException {
        JsonCalls.answer(response, call, LOG, "Alarms are unavailable right now.");
    }

    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        JsonReply.send(response, status, json);
    }
}
