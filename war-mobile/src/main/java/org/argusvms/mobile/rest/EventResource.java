package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.argusvms.events.application.DeviceEventService;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.management.application.ValidationException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Device events, newest first, filtered by camera and time range. */
@RequestScoped
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    private DeviceEventService events;

    @GET
    public List<DeviceEventView> find(@QueryParam("cameraId") String cameraId,
                                      @QueryParam("from") String from,
                                      @QueryParam("to") String to,
                                      @QueryParam("limit") @DefaultValue("100") int limit) {
        Instant start = from == null ? Instant.EPOCH : parse("from", from);
        Instant end = to == null ? Instant.now().plusSeconds(60) : parse("to", to);
        if (!end.isAfter(start)) {
            throw new ValidationException("to", "'to' must be after 'from'");
        }
        return events.find(cameraId, start, end, limit);
    }

    private static Instant parse(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + field + "' must be an ISO-8601 instant such as 2026-11-25T10:00:00Z");
        }
    }
}
