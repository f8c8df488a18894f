package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.argusvms.management.application.SiteChange;
import org.argusvms.management.application.SiteService;
import org.argusvms.management.application.SiteTree;
import org.argusvms.management.application.SiteView;

/** The management server's site and its tree, for administrators with CONFIGURATION. */
@RequestScoped
@Path("/site")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    private SiteService sites;

    @GET
    public SiteView get() {
        return sites.site();
    }

    /** Name, description, time zone (IANA id) and contact, based on {@code version} or {@code If-Match}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SiteView change(@HeaderParam("If-Match") String ifMatch, SiteChange change) {
        if (change == null) {
            throw new BadRequestException("a site object is required");
        }
        return sites.updateSite(change.withVersion(IfMatch.version(ifMatch, change.version())));
    }

    /** Site → recording servers (online or not) → hardware → devices. */
    @GET
    @Path("/tree")
    public SiteTree tree() {
        return sites.tree();
    }
}
