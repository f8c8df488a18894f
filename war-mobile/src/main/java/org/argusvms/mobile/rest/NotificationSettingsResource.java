package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.argusvms.events.application.NotificationSettingsInput;
import org.argusvms.events.application.NotificationSettingsService;
import org.argusvms.events.application.NotificationSettingsView;
import org.argusvms.management.application.NotFoundException;

/**
 * The SMTP server rule e-mails go through; administrators of the CONFIGURATION area only. The password is accepted
 * but never returned ({@code passwordSet} tells whether one is stored); 404 until configured.
 */
@RequestScoped
@Path("/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    @Inject
    private NotificationSettingsService settings;

    @GET
    public NotificationSettingsView get() {
        return settings.settings().orElseThrow(() -> new NotFoundException("no SMTP server is configured yet"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public NotificationSettingsView replace(NotificationSettingsInput input) {
        return settings.replace(input);
    }
}
