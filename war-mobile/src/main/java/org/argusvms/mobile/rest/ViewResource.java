package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.ViewDetails;
import org.argusvms.management.application.ViewInput;
import org.argusvms.management.application.ViewService;

import java.util.List;

/**
 * Views: the caller's personal live layouts and the shared ones. Changes are based on a version (body or
 * {@code If-Match}); a stale one gets 409 and nothing is stored. Every committed change is announced on
 * {@code /api/v1/configuration/ws}. Rights are enforced by the EJB.
 */
@RequestScoped
@Path("/views")
@Produces(MediaType.APPLICATION_JSON)
public class ViewResource {

    @Inject
    private ViewService views;

    /** A page of views ordered by name; {@value Paging#TOTAL_COUNT} carries how many match in all. */
    @GET
    public List<ViewDetails> list(@BeanParam Paging paging) {
        return paging.withTotal(views.listViews(paging.name(), paging.page()), views.countViews(paging.name()));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        ViewDetails view = views.findView(id).orElseThrow(() -> new NotFoundException("view " + id + " does not exist"));
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ViewInput view, @Context UriInfo uri) {
        ViewDetails created = views.createView(view);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ViewDetails change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ViewInput view) {
        ViewInput based = view == null ? null : new ViewInput(view.name(), view.shared(), view.rows(), view.columns(),
                view.tiles(), IfMatch.version(ifMatch, view.version()));
        return views.changeView(id, based);
    }

    /** With {@code If-Match}, a view changed since that version is not deleted (409). */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        views.deleteView(id, IfMatch.version(ifMatch, null));
        return Response.noContent().build();
    }
}
