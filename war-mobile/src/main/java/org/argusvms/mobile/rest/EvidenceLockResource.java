package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.argusvms.management.application.EvidenceLockService;
import org.argusvms.management.application.EvidenceLockView;
import org.argusvms.management.application.NewEvidenceLock;

import java.util.List;

/** Evidence locks on recorded video; rights (EVIDENCE_LOCK per camera) are enforced by the EJB. */
@RequestScoped
@Path("/evidence-locks")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceLockResource {

    @Inject
    private EvidenceLockService locks;

    /** A page of the locks on cameras the caller may see, optionally of one camera ({@code cameraId}). */
    @GET
    public List<EvidenceLockView> list(@BeanParam Paging paging, @QueryParam("cameraId") String cameraId) {
        return paging.window(locks.list().stream()
                .filter(lock -> cameraId == null || cameraId.equals(lock.cameraId()))
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lock(NewEvidenceLock lock, @Context UriInfo uri) {
        EvidenceLockView created = locks.lock(lock);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    public Response release(@PathParam("id") String id) {
        locks.release(id);
        return Response.noContent().build();
    }
}
