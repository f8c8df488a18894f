package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.argusvms.events.application.LogPurgeResult;
import org.argusvms.events.application.LogSettingsInput;
import org.argusvms.events.application.LogSettingsService;
import org.argusvms.events.application.LogSettingsView;

/** The log server's level threshold and retention, for administrators of the SECURITY area (enforced by the EJB). */
@RequestScoped
@Path("/log-settings")
@Produces(MediaType.APPLICATION_JSON)
public class LogSettingsResource {

    @Inject
    private LogSettingsService settings;

    @GET
    public LogSettingsView get() {
        return settings.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public LogSettingsView change(LogSettingsInput input) {
        return settings.change(input);
    }

    /** Applies retention now instead of at the next scheduled run; answers how many entries of each kind went. */
    @POST
    @Path("/purge")
    public LogPurgeResult purge() {
        return settings.purgeNow();
    }
}
