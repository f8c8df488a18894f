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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.argusvms.management.application.BookmarkInput;
import org.argusvms.management.application.BookmarkQuery;
import org.argusvms.management.application.BookmarkService;
import org.argusvms.management.application.BookmarkView;

import java.util.List;

/**
 * Bookmarks on recorded video: an instant of a camera with a headline. Reading and creating need PLAYBACK on the
 * camera; changing or deleting someone else's bookmark needs CONFIGURATION administration (enforced by the EJB).
 * Changes are based on a version (body or {@code If-Match}); a stale one gets 409 and nothing is stored.
 */
@RequestScoped
@Path("/bookmarks")
@Produces(MediaType.APPLICATION_JSON)
public class BookmarkResource {

    @Inject
    private BookmarkService bookmarks;

    /**
     * A page of bookmarks, newest instant first: of the given cameras ({@code cameraId}, repeatable; none: all the
     * caller may play back), overlapping {@code from}–{@code to}, with {@code q} in the headline or description.
     * {@value Paging#TOTAL_COUNT} carries how many match in all.
     */
    @GET
    public List<BookmarkView> list(@QueryParam("cameraId") List<String> cameraIds, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("q") String text,
                                   @BeanParam Paging paging) {
        BookmarkQuery query = new BookmarkQuery(cameraIds, from == null ? null : TimeParameter.parse("from", from),
                to == null ? null : TimeParameter.parse("to", to), text);
        return paging.withTotal(bookmarks.list(query, paging.page()), bookmarks.count(query));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        BookmarkView bookmark = bookmarks.get(id);
        return Response.ok(bookmark).tag(Long.toString(bookmark.version())).build();
    }

    /** {@code from} and {@code to} may be left out: 10 s before to 20 s after {@code at}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BookmarkInput bookmark, @Context UriInfo uri) {
        BookmarkView created = bookmarks.create(bookmark);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookmarkView change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                               BookmarkInput bookmark) {
        BookmarkInput based = bookmark == null ? null : new BookmarkInput(bookmark.cameraId(), bookmark.at(),
                bookmark.from(), bookmark.to(), bookmark.headline(), bookmark.description(),
                IfMatch.version(ifMatch, bookmark.version()));
        return bookmarks.change(id, based);
    }

    /** With {@code If-Match}, a bookmark changed since that version is not deleted (409). */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        bookmarks.delete(id, IfMatch.version(ifMatch, null));
        return Response.noContent().build();
    }
}
