package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.argusvms.events.application.AlarmService;
import org.argusvms.events.application.AlarmService.Order;
import org.argusvms.events.application.AlarmView;
import org.argusvms.management.application.ValidationException;

import java.util.List;

/**
 * Alarms the caller may handle (ALARM_HANDLING, enforced by the EJB). Steps take the alarm's {@code version} and an
 * optional comment (required to close); a step the state does not allow, or an outdated version, gives 409.
 */
@RequestScoped
@Path("/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource {

    /** Body of take, hold and close. */
    public record AlarmStep(String comment, Long version) {
    }

    @Inject
    private AlarmService alarms;

    /** {@code sort}: {@code newest} (default) or {@code priority} (1 first, then newest). */
    @GET
    public List<AlarmView> list(@QueryParam("state") String state, @QueryParam("priority") Integer priority,
                                @QueryParam("cameraId") String cameraId, @QueryParam("sort") String sort,
                                @BeanParam Paging paging) {
        return alarms.list(state, priority, cameraId, order(sort), paging.page());
    }

    @GET
    @Path("/{id}")
    public AlarmView get(@PathParam("id") String id) {
        return alarms.get(id);
    }

    @POST
    @Path("/{id}/take")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlarmView take(@PathParam("id") String id, AlarmStep step) {
        AlarmStep body = required(step);
        return alarms.take(id, body.comment(), body.version());
    }

    @POST
    @Path("/{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlarmView hold(@PathParam("id") String id, AlarmStep step) {
        AlarmStep body = required(step);
        return alarms.hold(id, body.comment(), body.version());
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlarmView close(@PathParam("id") String id, AlarmStep step) {
        AlarmStep body = required(step);
        return alarms.close(id, body.comment(), body.version());
    }

    private static AlarmStep required(AlarmStep step) {
        if (step == null) {
            throw new ValidationException("version", "a body with the alarm's version is required");
        }
        return step;
    }

    private static Order order(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("newest")) {
            return Order.NEWEST;
        }
        if (sort.equals("priority")) {
            return Order.PRIORITY;
        }
        throw new ValidationException("sort", "sort must be newest or priority");
    }
}
