package org.argusvms.web;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.CameraFailureException;
import org.argusvms.management.application.CameraNotCapableException;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;

import java.io.IOException;
import java.util.function.Function;
import org.argusvms.json.Jsons;

/**
 * How the pages' JSON endpoints run a call of the EJBs (as the session's user) and answer it: the service's
 * refusals become the status the REST API would give, with the service's message for the operator, never a stack
 * trace or anything the reply would otherwise carry (tickets).
 */
public final class JsonCalls {

    private JsonCalls() {
    }

    /** One endpoint's work: the JSON body of a successful answer. */
    @FunctionalInterface
    public interface Call {
        String run() throws IOException;
    }

    /**
     * @param unavailable what the operator reads when the call failed for another reason (it is logged)
     */
    public static void answer(HttpServletResponse response, Call call, System.Logger log, String unavailable)
            throws IOException {
        answer(response, call, log, unavailable, refusal -> "You do not have the right to do this.");
    }

    /**
     * As {@link #answer(HttpServletResponse, Call, System.Logger, String)}, with the operator's text for a 403 made
     * from the refusal (an endpoint may name what was refused, or pass on a refusal's own message).
     */
    public static void answer(HttpServletResponse response, Call call, System.Logger log, String unavailable,
                              Function<EJBAccessException, String> refused) throws IOException {
        try {
            JsonReply.send(response, HttpServletResponse.SC_OK, call.run());
        } catch (ValidationException e) {
            JsonReply.send(response, HttpServletResponse.SC_BAD_REQUEST, invalid(e));
        } catch (NotFoundException e) {
            JsonReply.send(response, HttpServletResponse.SC_NOT_FOUND, error(e.getMessage()));
        } catch (ConflictException e) {
            JsonReply.send(response, HttpServletResponse.SC_CONFLICT, error(e.getMessage()));
        } catch (EJBAccessException e) {
            JsonReply.send(response, HttpServletResponse.SC_FORBIDDEN, error(refused.apply(e)));
        } catch (RecorderUnavailableException e) {
            JsonReply.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error(e.getMessage()));
        } catch (CameraNotCapableException e) {
            JsonReply.send(response, HttpServletResponse.SC_CONFLICT, error(e.getMessage()));
        } catch (CameraFailureException e) {
            JsonReply.send(response, HttpServletResponse.SC_BAD_GATEWAY, error(e.getMessage()));
        } catch (EJBException e) {
            log.log(System.Logger.Level.WARNING, "Request failed: " + unavailable, e);
            JsonReply.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error(unavailable));
        } catch (RuntimeException e) {
            if (!isRefusal(e)) {
                throw e;
            }
            // A service's refusal this class does not know yet (it reaches us unwrapped): its message is for the user.
            JsonReply.send(response, HttpServletResponse.SC_CONFLICT, error(e.getMessage()));
        }
    }

    /** An application exception of the EJBs: a refusal meant for the caller, not a fault of the server. */
    static boolean isRefusal(RuntimeException e) {
        if (e.getMessage() == null) {
            return false;
        }
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(ApplicationException.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a JSON body; otherwise answers 415 and returns false. Changes demand JSON because a cross-site form
     * cannot send it.
     */
    public static boolean requireJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("application/json")) {
            return true;
        }
        JsonReply.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, error("Send JSON."));
        return false;
    }

    /**
     * True if the request came to {@code path}, the one path of the servlet that takes this method; otherwise answers
     * 405 naming the method to use and returns false.
     */
    public static boolean isFor(String path, HttpServletRequest request, HttpServletResponse response, String use)
            throws IOException {
        if (path.equals(request.getServletPath())) {
            return true;
        }
        JsonReply.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, error(use));
        return false;
    }

    /** The request's JSON object body; anything else is a {@link ValidationException}. */
    public static JsonObject readObject(HttpServletRequest request) {
        try (JsonReader reader = Jsons.reader(request.getReader())) {
            return reader.readObject();
        } catch (JsonException | ClassCastException | IOException e) {
            throw new ValidationException(null, "The body must be a JSON object.");
        }
    }

    /** {@code {"error":…, "field":…}}: the refusal with the field it concerns, so forms show it next to that field. */
    static String invalid(ValidationException e) {
        var body = Jsons.objectBuilder().add("error", e.getMessage());
        if (e.field() != null) {
            body.add("field", e.field());
        }
        return body.build().toString();
    }

    /** {@code {"error":…}}: a message meant for the operator. */
    public static String error(String message) {
        return Jsons.objectBuilder().add("error", message).build().toString();
    }
}
