package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.management.application.RecordingServerView;

import java.util.List;

/** Recording servers that registered with this management server, and whether they are online. */
@RequestScoped
@Path("/recording-servers")
@Produces(MediaType.APPLICATION_JSON)
public class RecordingServerResource {

    @Inject
    private RecordingServerService recordingServers;

    /** A page of the recorders matching {@code name} (contains) and {@code online} (true/false), if given. */
    @GET
    public List<RecordingServerView> list(@BeanParam Paging paging, @QueryParam("online") Boolean online) {
        return paging.window(recordingServers.listRecordingServers().stream()
                .filter(server -> paging.nameMatches(server.name()))
                .filter(server -> online == null || online == server.online())
                .toList());
    }
}
