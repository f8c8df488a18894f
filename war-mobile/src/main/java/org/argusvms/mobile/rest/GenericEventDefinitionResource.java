package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.argusvms.events.application.GenericEventDefinitionInput;
import org.argusvms.events.application.GenericEventDefinitionService;
import org.argusvms.events.application.GenericEventDefinitionView;

import java.util.List;

/** Generic-event definitions, for administrators only (enforced by the EJB). */
@RequestScoped
@Path("/generic-event-definitions")
@Produces(MediaType.APPLICATION_JSON)
public class GenericEventDefinitionResource {

    @Inject
    private GenericEventDefinitionService definitions;

    @GET
    public List<GenericEventDefinitionView> list() {
        return definitions.list();
    }

    @GET
    @Path("/{id}")
    public GenericEventDefinitionView get(@PathParam("id") String id) {
        return definitions.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(GenericEventDefinitionInput input, @Context UriInfo uri) {
        GenericEventDefinitionView created = definitions.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GenericEventDefinitionView replace(@PathParam("id") String id, GenericEventDefinitionInput input) {
        return definitions.replace(id, input);
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        definitions.remove(id);
        return Response.noContent().build();
    }
}
