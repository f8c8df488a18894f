package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.StorageInput;
import org.argusvms.management.application.StorageService;
import org.argusvms.management.application.StorageView;

import java.util.List;

/**
 * The storages of a recording server (docs/design/storages.md): where its cameras record and how long and how much
 * is kept. Needs the CONFIGURATION administration area (enforced by the EJB). A PUT carries the {@code version} it
 * was based on (409 if stale); the default storage and storages cameras record to cannot be deleted (409). A path
 * the recorder cannot create or write is refused with 400 naming {@code path}, and nothing is stored.
 */
@RequestScoped
@Path("/recording-servers/{recorderId}/storages")
@Produces(MediaType.APPLICATION_JSON)
public class StorageResource {

    @Inject
    private StorageService storages;

    /** A page of the recorder's storages whose name contains {@code name}, default first. */
    @GET
    public List<StorageView> list(@PathParam("recorderId") String recorderId, @BeanParam Paging paging) {
        return paging.withTotal(storages.listStorages(recorderId, paging.name(), paging.page()),
                storages.countStorages(recorderId, paging.name()));
    }

    @GET
    @Path("/{id}")
    public StorageView get(@PathParam("recorderId") String recorderId, @PathParam("id") String id) {
        return storages.findStorage(recorderId, id).orElseThrow(() -> new NotFoundException("storage " + id
                + " of recording server " + recorderId + " does not exist"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("recorderId") String recorderId, StorageInput storage, @Context UriInfo uri) {
        StorageView created = storages.createStorage(recorderId, storage);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StorageView change(@PathParam("recorderId") String recorderId, @PathParam("id") String id,
                              StorageInput storage) {
        return storages.changeStorage(recorderId, id, storage);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("recorderId") String recorderId, @PathParam("id") String id) {
        storages.deleteStorage(recorderId, id);
        return Response.noContent().build();
    }
}
