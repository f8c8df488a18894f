package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import org.argusvms.management.application.CameraChange;
import org.argusvms.management.application.CameraControlService;
import org.argusvms.management.application.CameraMove;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.ExportAccess;
import org.argusvms.management.application.LiveAccessService;
import org.argusvms.management.application.PlaybackAccess;
import org.argusvms.management.application.PtzMove;
import org.argusvms.management.application.RecordedMediaAccessService;
import org.argusvms.management.application.LiveStreamAccess;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.ValidationException;

import java.time.Instant;
import java.util.List;

/** Cameras: configuration for administrators, list and live access for operators. Rights are enforced by the EJBs. */
@RequestScoped
@Path("/cameras")
@Produces(MediaType.APPLICATION_JSON)
public class CameraResource {

    @Inject
    private CameraService cameras;

    @Inject
    private LiveAccessService liveAccess;

    @Inject
    private RecordedMediaAccessService recordedMedia;

    @Inject
    private CameraControlService control;

    /**
     * The cameras the caller may see, by name: a page ({@code offset}, {@code limit}) of those matching the filters
     * {@code name} (contains), {@code recorderId} and {@code state} (e.g. STREAMING, DISCONNECTED).
     */
    @GET
    public List<CameraView> list(@BeanParam Paging paging, @QueryParam("recorderId") String recorderId,
                                 @QueryParam("state") String state) {
        return paging.window(cameras.listCameras().stream()
                .filter(camera -> paging.nameMatches(camera.name()))
                .filter(camera -> recorderId == null || recorderId.equals(camera.recorderId()))
                .filter(camera -> state == null || state.equalsIgnoreCase(camera.state()))
                .toList());
    }

    @GET
    @Path("/{id}")
    public CameraView get(@PathParam("id") String id) {
        return cameras.findCamera(id).orElseThrow(() -> new NotFoundException("camera " + id + " does not exist"));
    }

    /**
     * Adds a camera. Its optional {@code motion} object (enabled, sensitivity, analysisFps, include/exclude polygons
     * of [x, y] points) is validated like the rest, errors naming e.g. {@code motion.include[1]}, and pushed to the
     * recorder with the camera (docs/admin/cameras.md).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewCamera camera, @Context UriInfo uri) {
        if (camera == null) {
            throw new BadRequestException("a camera object is required");
        }
        CameraView created = cameras.addCamera(camera);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    /**
     * Replaces the camera's configuration. The change is based on the camera's {@code version}, from the body or an
     * {@code If-Match} header; a version someone else has changed since gets 409 and nothing is stored.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CameraView change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CameraChange change) {
        if (change == null) {
            throw new BadRequestException("a camera object is required");
        }
        return cameras.updateCamera(id, ifMatch == null ? change : withVersion(change, ifMatch));
    }

    /** The change with the version of an {@code If-Match: "3"} header (weak tags accepted). */
    static CameraChange withVersion(CameraChange change, String ifMatch) {
        return change.withVersion(IfMatch.version(ifMatch, change.version()));
    }

    /**
     * {@code {"recordingServerId": "rec-2"}}: records the camera on that recorder from now on; its older recordings
     * stay playable on the previous one (playback access lists both). Based on the camera's version like a change
     * ({@code If-Match} or {@code version} in the body); an offline target recorder is 503 and nothing moves.
     */
    @POST
    @Path("/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public CameraView moveToRecorder(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                     CameraMove move) {
        if (move == null) {
            throw new BadRequestException("a move object {\"recordingServerId\": …} is required");
        }
        return cameras.moveCamera(id, move.withVersion(IfMatch.version(ifMatch, move.version())));
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        cameras.removeCamera(id);
        return Response.noContent().build();
    }

    /** Recorder URLs for the camera's recordings listing and playback clips; the caller must hold PLAYBACK. */
    @POST
    @Path("/{id}/playback-access")
    public PlaybackAccess playback(@PathParam("id") String id) {
        return recordedMedia.openPlayback(id);
    }

    /** The same as POST, for clients that can only follow links; every grant is audited either way. */
    @GET
    @Path("/{id}/playback-access")
    public PlaybackAccess playbackByGet(@PathParam("id") String id) {
        return recordedMedia.openPlayback(id);
    }

    /** A recorder URL that downloads the range as MP4 (at most 24 h); the caller must hold EXPORT. */
    @POST
    @Path("/{id}/export-access")
    public ExportAccess export(@PathParam("id") String id, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return recordedMedia.openExport(id, instant("from", from), instant("to", to));
    }

    @GET
    @Path("/{id}/export-access")
    public ExportAccess exportByGet(@PathParam("id") String id, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        return export(id, from, to);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "'" + field + "' is required (ISO-8601 instant)");
        }
        return TimeParameter.parse(field, value);
    }

    /** A short-lived WebSocket URL for the camera's live stream; the caller must hold the live right. */
    @POST
    @Path("/{id}/live-access")
    public LiveStreamAccess live(@PathParam("id") String id) {
        return liveAccess.openLive(id);
    }

    /** {@code {"preset": "2"}}: the camera's PTZ preset token. Needs PTZ; 204 once the camera has been told. */
    @POST
    @Path("/{id}/ptz/preset")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response gotoPreset(@PathParam("id") String id, PresetCommand command) {
        control.gotoPreset(id, command == null ? null : command.preset());
        return Response.noContent().build();
    }

    /** {@code {"pan": 0.5, "tilt": 0, "zoom": 0, "seconds": 2}}: a continuous move, velocities -1..1. Needs PTZ. */
    @POST
    @Path("/{id}/ptz/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") String id, PtzMove move) {
        control.move(id, move);
        return Response.noContent().build();
    }

    /**
     * Who steers the camera's PTZ now: {@code {"username", "priority", "expiresAt"}}, or 204 when nobody does (anyone
     * with PTZ may then steer it). Needs PTZ.
     */
    @GET
    @Path("/{id}/ptz/session")
    public Response ptzSession(@PathParam("id") String id) {
        return control.ptzSession(id).map(session -> Response.ok(session)).orElseGet(Response::noContent).build();
    }

    /** Ends the caller's own PTZ session at once, so others may steer; someone else's is left running. Needs PTZ. */
    @DELETE
    @Path("/{id}/ptz/session")
    public Response releasePtzSession(@PathParam("id") String id) {
        control.releasePtzSession(id);
        return Response.noContent().build();
    }

    /** {@code {"active": true}} switches the relay output {@code token} (e.g. relay1). Needs OUTPUT. */
    @POST
    @Path("/{id}/outputs/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setOutput(@PathParam("id") String id, @PathParam("token") String token, OutputCommand command) {
        control.setOutput(id, token, command == null ? null : command.active());
        return Response.noContent().build();
    }

    /** Body of {@link #gotoPreset}. */
    public record PresetCommand(String preset) {
    }

    /** Body of {@link #setOutput}. */
    public record OutputCommand(Boolean active) {
    }
}
