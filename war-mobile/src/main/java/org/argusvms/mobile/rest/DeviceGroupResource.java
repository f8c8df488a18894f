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
import org.argusvms.management.application.DeviceGroupInput;
import org.argusvms.management.application.DeviceGroupService;
import org.argusvms.management.application.DeviceGroupView;
import org.argusvms.management.application.NotFoundException;

import java.util.List;

/** Named sets of cameras that roles are granted on; needs the CONFIGURATION administration area (enforced by the EJB). */
@RequestScoped
@Path("/device-groups")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceGroupResource {

    @Inject
    private DeviceGroupService groups;

    @GET
    public List<DeviceGroupView> list(@BeanParam Paging paging) {
        return paging.withTotal(groups.listGroups(paging.name(), paging.page()), groups.countGroups(paging.name()));
    }

    @GET
    @Path("/{id}")
    public DeviceGroupView get(@PathParam("id") String id) {
        return groups.findGroup(id).orElseThrow(() -> new NotFoundException("device group " + id + " does not exist"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DeviceGroupInput group, @Context UriInfo uri) {
        DeviceGroupView created = groups.createGroup(group);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    /** The body carries the {@code version} it was based on; a stale one gets 409. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeviceGroupView change(@PathParam("id") String id, DeviceGroupInput group) {
        return groups.changeGroup(id, group);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        groups.deleteGroup(id);
        return Response.noContent().build();
    }
}
