package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.argusvms.management.application.AuditEntryView;
import org.argusvms.management.application.AuditService;
import org.argusvms.management.application.PageRequest;

import java.time.Instant;
import java.util.List;

/** The audit trail, newest first, for administrators of the SECURITY area. */
@RequestScoped
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditService audit;

    @GET
    public List<AuditEntryView> find(@QueryParam("from") String from,
                                     @QueryParam("to") String to,
                                     @QueryParam("user") String user,
                                     @QueryParam("offset") @DefaultValue("0") int offset,
                                     @QueryParam("limit") @DefaultValue("" + PageRequest.DEFAULT_LIMIT) int limit) {
        Instant start = from == null ? Instant.EPOCH : TimeParameter.parse("from", from);
        Instant end = to == null ? Instant.now().plusSeconds(60) : TimeParameter.parse("to", to);
        return audit.find(start, end, user, new PageRequest(offset, limit));
    }
}
