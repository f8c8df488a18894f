package org.argusvms.mobile.rest;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.argusvms.events.application.DefinitionAdministration;
import org.argusvms.events.application.UserEventDefinitionInput;
import org.argusvms.events.application.UserEventDefinitionService;
import org.argusvms.events.application.UserEventDefinitionView;
import org.argusvms.events.application.UserEventService;

import java.util.List;

/**
 * User-defined events: definitions for administrators of the CONFIGURATION area, triggering for operators (rights
 * enforced by the EJBs). {@code POST /{id}/trigger} answers 201 with the event, or, when the caller's
 * {@code Idempotency-Key} was used before, 200 with the event that key triggered first.
 */
@RequestScoped
@Path("/user-defined-events")
public class UserDefinedEventResource extends DefinitionResource<UserEventDefinitionInput, UserEventDefinitionView> {

    @Inject
    private UserEventDefinitionService definitions;

    @Inject
    private UserEventService events;

    @Override
    protected DefinitionAdministration<UserEventDefinitionInput, UserEventDefinitionView> administration() {
        return definitions;
    }

    @Override
    protected String idOf(UserEventDefinitionView view) {
        return view.id();
    }

    /** The definitions the caller may trigger; for operators, who cannot list all of them. */
    @GET
    @Path("/triggerable")
    public List<UserEventDefinitionView> triggerable() {
        return definitions.triggerable();
    }

    @POST
    @Path("/{id}/trigger")
    public Response trigger(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        UserEventService.Triggered triggered;
        try {
            triggered = events.trigger(id, idempotencyKey);
        } catch (EJBTransactionRolledbackException e) {
            if (idempotencyKey == null) {
                throw e;
            }
            // a concurrent request with the same key committed first; asking again returns its event
            triggered = events.trigger(id, idempotencyKey);
        }
        return Response.status(triggered.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(triggered.event()).build();
    }
}
