package org.argusvms.management.application;

import jakarta.ejb.Local;
import org.argusvms.management.domain.model.timeprofile.WeeklySchedule;

import java.util.List;
import java.util.Optional;

/** Time profiles: administration needs the CONFIGURATION area; the schedule lookup is for server components. */
@Local
public interface TimeProfileService {

    List<TimeProfileView> listProfiles(String nameContains, PageRequest page);

    Optional<TimeProfileView> findProfile(String profileId);

    /** @throws ValidationException naming the field; nothing is stored then */
    TimeProfileView createProfile(TimeProfileInput input);

    /** @throws ConflictException if {@code input.version()} is not the stored version */
    TimeProfileView changeProfile(String profileId, TimeProfileInput input);

    /** @throws ConflictException while a rule or other configuration still refers to the profile */
    void deleteProfile(String profileId);

    /**
     * The schedule of a profile, for the rule engine and recording: no caller rights needed (a schedule reveals
     * nothing that needs protecting, and those callers act for no user).
     */
    Optional<WeeklySchedule> schedule(String profileId);
}
