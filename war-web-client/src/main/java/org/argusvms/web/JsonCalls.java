package org.argusvms.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;

import java.io.IOException;
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
        try {
            JsonReply.send(response, HttpServletResponse.SC_OK, call.run());
        } catch (ValidationException e) {
            JsonReply.send(response, HttpServletResponse.SC_BAD_REQUEST, invalid(e));
        } catch (NotFoundException e) {
            JsonReply.send(response, HttpServletResponse.SC_NOT_FOUND, error(e.getMessage()));
        } catch (ConflictException e) {
            JsonReply.send(response, HttpServletResponse.SC_CONFLICT, error(e.getMessage()));
        } catch (EJBAccessException e) {
            JsonReply.send(response, HttpServletResponse.SC_FORBIDDEN, error("You do not have the right to do this."));
        } catch (RecorderUnavailableException e) {
            JsonReply.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error(e.getMessage()));
        } catch (EJBException e) {
            log.log(System.Logger.Level.WARNING, "Request failed: " + unavailable, e);
            JsonReply.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error(unavailable));
        }
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
