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
import org.argusvms.management.application.CameraMove;
import org.argusvms.management.application.DeviceChange;
import org.argusvms.management.application.HardwareChange;
import org.argusvms.management.application.HardwareService;
import org.argusvms.management.application.HardwareView;
import org.argusvms.management.application.NewHardware;

import java.util.List;

/**
 * Hardware and its devices (docs/design/hardware-and-sites.md), administrators with CONFIGURATION only; credentials
 * are accepted, never returned. Rights are enforced by the EJB.
 */
@RequestScoped
@Path("/hardware")
@Produces(MediaType.APPLICATION_JSON)
public class HardwareResource {

    @Inject
    private HardwareService hardware;

    /** A page ({@code offset}, {@code limit}) of the hardware matching {@code name} (contains) and {@code recorderId}. */
    @GET
    public List<HardwareView> list(@BeanParam Paging paging, @QueryParam("recorderId") String recorderId) {
        return paging.window(hardware.listHardware().stream()
                .filter(unit -> paging.nameMatches(unit.name()))
                .filter(unit -> recorderId == null || recorderId.equals(unit.recorderId()))
                .toList());
    }

    @GET
    @Path("/{id}")
    public HardwareView get(@PathParam("id") String id) {
        return hardware.findHardware(id);
    }

    /** Adds hardware with its devices; its CAMERA devices become cameras recorded by the hardware's recorder. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewHardware input, @Context UriInfo uri) {
        if (input == null) {
            throw new BadRequestException("a hardware object is required");
        }
        HardwareView created = hardware.addHardware(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    /**
     * Changes name, driver, address, credentials or {@code enabled} (disabled hardware's cameras stop at the
     * recorder), based on {@code version} from the body or {@code If-Match}; a stale version is 409.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HardwareView change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                               HardwareChange change) {
        if (change == null) {
            throw new BadRequestException("a hardware object is required");
        }
        return hardware.updateHardware(id, change.withVersion(IfMatch.version(ifMatch, change.version())));
    }

    /** {@code {"name": …, "enabled": …}} for one device; a camera device's enabled is the camera's. */
    @PUT
    @Path("/{id}/devices/{deviceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HardwareView changeDevice(@PathParam("id") String id, @PathParam("deviceId") String deviceId,
                                     DeviceChange change) {
        return hardware.changeDevice(id, deviceId, change);
    }

    /**
     * {@code {"recordingServerId": "rec-2"}}: the hardware and all its cameras are recorded there from now on, as
     * {@code POST /cameras/{id}/move} does; based on the hardware's version; an offline target is 503.
     */
    @POST
    @Path("/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public HardwareView move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CameraMove move) {
        if (move == null) {
            throw new BadRequestException("a move object {\"recordingServerId\": …} is required");
        }
        return hardware.moveHardware(id, move.withVersion(IfMatch.version(ifMatch, move.version())));
    }

    /** Deletes the hardware, its devices and its cameras (their recordings stay on the recorder). */
    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        hardware.removeHardware(id);
        return Response.noContent().build();
    }
}
