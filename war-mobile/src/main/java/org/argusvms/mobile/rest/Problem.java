package org.argusvms.mobile.rest;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.argusvms.json.Jsons;

/** RFC 9457 problem details, the one error body every endpoint of the API returns. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response response(Response.StatusType status, String title, String detail) {
        return response(status, title, detail, null);
    }

    public static Response response(Response.StatusType status, String title, String detail, String field) {
        return response(status, title, detail, field, Jsons.objectBuilder());
    }

    /** With RFC 9457 extension members: what a client needs to act on this kind of problem, beyond its text. */
    public static Response response(Response.StatusType status, String title, String detail, String field,
                                    JsonObjectBuilder extensions) {
        JsonObjectBuilder body = Jsons.objectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (field != null) {
            body.add("field", field);
        }
        body.addAll(extensions);
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
