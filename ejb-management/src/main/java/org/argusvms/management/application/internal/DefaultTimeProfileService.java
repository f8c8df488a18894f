package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.TimeProfileInput;
import org.argusvms.management.application.TimeProfileInterval;
import org.argusvms.management.application.TimeProfileReferences;
import org.argusvms.management.application.TimeProfileService;
import org.argusvms.management.application.TimeProfileView;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.site.SiteRepository;
import org.argusvms.management.domain.model.timeprofile.TimeProfile;
import org.argusvms.management.domain.model.timeprofile.TimeProfileRepository;
import org.argusvms.management.domain.model.timeprofile.TimeProfileTransition;
import org.argusvms.management.domain.model.timeprofile.WeeklySchedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Administration checks the CONFIGURATION area here (so refusals are audited); see {@link TimeProfileService}. */
@Stateless
@PermitAll
public class DefaultTimeProfileService implements TimeProfileService {

    @Inject
    private TimeProfileRepository profiles;

    @Inject
    private SiteRepository sites;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private Instance<TimeProfileReferences> references;

    @Inject
    private Clock clock;

    @Override
    public List<TimeProfileView> listProfiles(String nameContains, PageRequest page) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return profiles.findPage(nameContains, page.offset(), page.limit()).stream().map(this::toView).toList();
    }

    @Override
    public Optional<TimeProfileView> findProfile(String profileId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return profiles.find(profileId).map(this::toView);
    }

    @Override
    public TimeProfileView createProfile(TimeProfileInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        // No zone given: the site's, stored explicitly, so a later change of the site's zone moves no schedule.
        TimeProfileInputValidator.ValidTimeProfile valid = TimeProfileInputValidator.validate(input,
                () -> sites.local().timeZone());
        requireUniqueName(valid.name(), null);
        TimeProfile profile = new TimeProfile(UUID.randomUUID().toString(), valid.name(), valid.description(),
                valid.zone(), valid.intervals());
        profiles.store(profile);
        audit.succeeded("time-profile.create", describe(profile));
        return toView(profile);
    }

    @Override
    public TimeProfileView changeProfile(String profileId, TimeProfileInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        // No zone given: the profile keeps its own.
        TimeProfileInputValidator.ValidTimeProfile valid = TimeProfileInputValidator.validate(input,
                () -> profiles.find(profileId).orElseThrow(() -> notFound(profileId)).zone().getId());
        NamedObjectInput.requireVersion(input.version());
        TimeProfile profile = profiles.find(profileId).orElseThrow(() -> notFound(profileId));
        if (profile.version() != input.version()) {
            throw staleVersion(profileId);
        }
        requireUniqueName(valid.name(), profileId);
        profile.define(valid.name(), valid.description(), valid.zone(), valid.intervals());
        try {
            profiles.store(profile);
        } catch (OptimisticLockException e) {
            throw staleVersion(profileId);
        }
        audit.succeeded("time-profile.change", describe(profile));
        return toView(profile);
    }

    @Override
    public void deleteProfile(String profileId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        TimeProfile profile = profiles.find(profileId).orElseThrow(() -> notFound(profileId));
        List<String> users = references.stream().flatMap(owner -> owner.referencesTo(profileId).stream()).toList();
        if (!users.isEmpty()) {
            throw new ConflictException("time profile " + profile.name() + " is still used by " + String.join(", ", users));
        }
        profiles.remove(profile);
        audit.succeeded("time-profile.delete", describe(profile));
    }

    @Override
    public Optional<WeeklySchedule> schedule(String profileId) {
        return profileId == null ? Optional.empty() : profiles.find(profileId).map(TimeProfile::schedule);
    }

    private void requireUniqueName(String name, String ownId) {
        profiles.findByName(name).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new ValidationException("name", "a time profile named '" + name + "' already exists");
        });
    }

    private TimeProfileView toView(TimeProfile profile) {
        Instant now = clock.instant();
        WeeklySchedule schedule = profile.schedule();
        List<TimeProfileInterval> intervals = profile.intervals().stream().map(interval -> new TimeProfileInterval(
                interval.day().name(), interval.start().toString(), interval.end().toString())).toList();
        return new TimeProfileView(profile.id(), profile.name(), profile.description(), profile.zone().getId(),
                intervals, schedule.isActiveAt(now),
                schedule.nextTransitionAfter(now).map(TimeProfileTransition::at).orElse(null), profile.version());
    }

    private static String describe(TimeProfile profile) {
        return "time profile " + profile.id() + " (" + profile.name() + ")";
    }

    private static NotFoundException notFound(String profileId) {
        return new NotFoundException("time profile " + profileId + " does not exist");
    }

    private static ConflictException staleVersion(String profileId) {
        return new ConflictException("time profile " + profileId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
