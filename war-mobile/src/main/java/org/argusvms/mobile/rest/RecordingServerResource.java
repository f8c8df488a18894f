package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

    @GET
    public List<RecordingServerView> list() {
        return recordingServers.listRecordingServers();
    }
}
