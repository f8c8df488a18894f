package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.argusvms.events.application.RuleExecutionView;
import org.argusvms.events.application.RuleInput;
import org.argusvms.events.application.RuleService;
import org.argusvms.events.application.RuleView;
import org.argusvms.management.application.NotFoundException;

import java.util.List;

/**
 * Rules (trigger, optional time-profile condition, actions) and their execution history; needs the CONFIGURATION
 * administration area (enforced by the EJB). A PUT carries the {@code version} it was based on (409 if stale).
 */
@RequestScoped
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {

    @Inject
    private RuleService rules;

    @GET
    public List<RuleView> list(@BeanParam Paging paging) {
        return rules.listRules(paging.name(), paging.page());
    }

    @GET
    @Path("/{id}")
    public RuleView get(@PathParam("id") String id) {
        return rules.findRule(id).orElseThrow(() -> new NotFoundException("rule " + id + " does not exist"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RuleInput rule, @Context UriInfo uri) {
        RuleView created = rules.createRule(rule);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleView change(@PathParam("id") String id, RuleInput rule) {
        return rules.changeRule(id, rule);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        rules.deleteRule(id);
        return Response.noContent().build();
    }

    /** Newest first: when each trigger ran the rule, and whether every action succeeded. */
    @GET
    @Path("/{id}/executions")
    public List<RuleExecutionView> executions(@PathParam("id") String id, @BeanParam Paging paging) {
        return rules.executions(id, paging.page());
    }
}
