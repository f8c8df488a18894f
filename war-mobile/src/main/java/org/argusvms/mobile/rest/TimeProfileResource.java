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
import org.argusvms.management.application.TimeProfileInput;
import org.argusvms.management.application.TimeProfileService;
import org.argusvms.management.application.TimeProfileView;

import java.util.List;

/**
 * Weekly schedules that rules act on; needs the CONFIGURATION administration area (enforced by the EJB). A PUT
 * carries the {@code version} it was based on (409 if stale); deleting a profile a rule uses is refused with 409.
 */
@RequestScoped
@Path("/time-profiles")
@Produces(MediaType.APPLICATION_JSON)
public class TimeProfileResource {

    @Inject
    private TimeProfileService profiles;

    @GET
    public List<TimeProfileView> list(@BeanParam Paging paging) {
        return profiles.listProfiles(paging.name(), paging.page());
    }

    @GET
    @Path("/{id}")
    public TimeProfileView get(@PathParam("id") String id) {
        return profiles.findProfile(id).orElseThrow(() -> new NotFoundException("time profile " + id + " does not exist"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TimeProfileInput profile, @Context UriInfo uri) {
        TimeProfileView created = profiles.createProfile(profile);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TimeProfileView change(@PathParam("id") String id, TimeProfileInput profile) {
        return profiles.changeProfile(id, profile);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        profiles.deleteProfile(id);
        return Response.noContent().build();
    }
}
