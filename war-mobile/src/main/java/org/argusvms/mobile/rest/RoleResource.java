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
import org.argusvms.management.application.RoleInput;
import org.argusvms.management.application.RoleService;
import org.argusvms.management.application.RoleView;

import java.util.List;

/** VMS roles and the claims that grant them; needs the SECURITY administration area (enforced by the EJB). */
@RequestScoped
@Path("/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

    @Inject
    private RoleService roles;

    @GET
    public List<RoleView> list(@BeanParam Paging paging) {
        return paging.withTotal(roles.listRoles(paging.name(), paging.page()), roles.countRoles(paging.name()));
    }

    @GET
    @Path("/{id}")
    public RoleView get(@PathParam("id") String id) {
        return roles.findRole(id).orElseThrow(() -> new NotFoundException("role " + id + " does not exist"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoleInput role, @Context UriInfo uri) {
        RoleView created = roles.createRole(role);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    /** The body carries the {@code version} it was based on; a stale one gets 409. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoleView change(@PathParam("id") String id, RoleInput role) {
        return roles.changeRole(id, role);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        roles.deleteRole(id);
        return Response.noContent().build();
    }
}
