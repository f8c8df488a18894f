package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.management.application.TimeProfileService;

/**
 * {@code /admin/time-profiles}: the weekly schedules rules act on, each with whether it is active now; add, change,
 * remove (the EJB refuses to remove a profile a rule still uses, 409).
 */
@WebServlet("/admin/time-profiles")
public class TimeProfileServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private TimeProfileService profiles;

    public TimeProfileServlet() {
        super("time profile", "Only configuration administrators may see and change time profiles.");
    }

    @Override
    String list() {
        return RecordJson.array(AllPages.of(page -> profiles.listProfiles(null, page)));
    }

    @Override
    String add(JsonObject body) {
        return RecordJson.object(profiles.createProfile(TimeProfileForm.input(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return RecordJson.object(profiles.changeProfile(id, TimeProfileForm.input(body)));
    }

    @Override
    void remove(String id) {
        profiles.deleteProfile(id);
    }
}
