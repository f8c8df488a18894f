package org.argusvms.mobile.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.argusvms.events.application.DefinitionAdministration;
import org.argusvms.management.application.ValidationException;

import java.util.List;

/**
 * The REST shape of an event-server definition collection: list, get, create (201 with Location), replace, delete.
 * Rights are enforced by the EJB behind {@link #administration()}.
 *
 * @param <I> the submitted input
 * @param <V> the returned view
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DefinitionResource<I, V> {

    protected abstract DefinitionAdministration<I, V> administration();

    protected abstract String idOf(V view);

    /** A page ({@code offset}, {@code limit}) of the definitions; the total is in {@value Paging#TOTAL_COUNT}. */
    @GET
    public List<V> list(@BeanParam Paging paging) {
        return paging.window(administration().list());
    }

    @GET
    @Path("/{id}")
    public V get(@PathParam("id") String id) {
        return administration().get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(I input, @Context UriInfo uri) {
        V created = administration().create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(idOf(created)).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public V replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, I input) {
        Long version = IfMatch.version(ifMatch, null);
        if (version == null) {
            throw new ValidationException("If-Match", "send the version the change is based on, e.g. If-Match: \"3\" "
                    + "(the definition's \"version\"), so that a concurrent change is not overwritten");
        }
        return administration().replace(id, input, version);
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        administration().remove(id);
        return Response.noContent().build();
    }
}
