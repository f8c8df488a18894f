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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.argusvms.management.application.MapDetails;
import org.argusvms.management.application.MapImage;
import org.argusvms.management.application.MapInput;
import org.argusvms.management.application.MapPlacementsInput;
import org.argusvms.management.application.MapService;
import org.argusvms.management.application.NotFoundException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps: floor plans with cameras placed on them. Operators read them (placements of cameras they may not watch live
 * are left out); CONFIGURATION administrators change them. The picture travels as raw PNG or JPEG bytes (at most
 * 5 MB; the server checks the bytes, not the Content-Type) and is served with the map's version as its ETag.
 * Changes are based on a version (body or {@code If-Match}); a stale one gets 409 and nothing is stored.
 */
@RequestScoped
@Path("/maps")
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

    private static final Pattern IMAGE_PATH = Pattern.compile("/?maps/[^/]+/image/?");

    @Inject
    private MapService maps;

    /** True for the one request whose body may exceed the API's usual limit: a picture upload. */
    static boolean isImageUpload(ContainerRequestContext request) {
        return "PUT".equals(request.getMethod()) && IMAGE_PATH.matcher(request.getUriInfo().getPath()).matches();
    }

    /** A page of maps ordered by name; {@value Paging#TOTAL_COUNT} carries how many match in all. */
    @GET
    public List<MapDetails> list(@BeanParam Paging paging) {
        return paging.withTotal(maps.listMaps(paging.name(), paging.page()), maps.countMaps(paging.name()));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        MapDetails map = maps.findMap(id).orElseThrow(() -> notFound(id));
        return Response.ok(map).tag(Long.toString(map.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MapInput map, @Context UriInfo uri) {
        MapDetails created = maps.createMap(map);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    /** Renames the map. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MapDetails rename(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, MapInput map) {
        return maps.renameMap(id, new MapInput(map == null ? null : map.name(),
                IfMatch.version(ifMatch, map == null ? null : map.version())));
    }

    /** With {@code If-Match}, a map changed since that version is not deleted (409). */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        maps.deleteMap(id, IfMatch.version(ifMatch, null));
        return Response.noContent().build();
    }

    /** Replaces the picture; the new version is the answer's ETag. */
    @PUT
    @Path("/{id}/image")
    @Consumes({"image/png", "image/jpeg"})
    public Response uploadImage(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, byte[] image) {
        MapDetails map = maps.uploadImage(id, image, IfMatch.version(ifMatch, null));
        return Response.noContent().tag(Long.toString(map.version())).build();
    }

    /** The picture, revalidated on every use: a browser keeps it and asks with If-None-Match, answered 304. */
    @GET
    @Path("/{id}/image")
    @Produces({"image/png", "image/jpeg"})
    public Response image(@PathParam("id") String id, @Context Request request) {
        MapImage image = maps.findImage(id)
                .orElseThrow(() -> new NotFoundException("map " + id + " does not exist or has no picture"));
        EntityTag tag = new EntityTag(Long.toString(image.version()));
        CacheControl revalidate = new CacheControl();
        revalidate.setPrivate(true);
        revalidate.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(revalidate).build();
        }
        return Response.ok(image.content(), image.mediaType()).tag(tag).cacheControl(revalidate)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Replaces the whole list of placed cameras. */
    @PUT
    @Path("/{id}/placements")
    @Consumes(MediaType.APPLICATION_JSON)
    public MapDetails place(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            MapPlacementsInput placements) {
        return maps.placeCameras(id, new MapPlacementsInput(placements == null ? null : placements.placements(),
                IfMatch.version(ifMatch, placements == null ? null : placements.version())));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("map " + id + " does not exist");
    }
}
