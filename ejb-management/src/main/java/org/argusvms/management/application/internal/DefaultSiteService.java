package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.HardwareView;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.SiteChange;
import org.argusvms.management.application.SiteService;
import org.argusvms.management.application.SiteTree;
import org.argusvms.management.application.SiteView;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.domain.model.hardware.HardwareRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.site.Site;
import org.argusvms.management.domain.model.site.SiteRepository;
import org.argusvms.recorder.protocol.RecorderStatus;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
@PermitAll
public class DefaultSiteService implements SiteService {

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_CONTACT = 500;

    @Inject
    private SiteRepository sites;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private HardwareRepository hardware;

    @Inject
    private HardwareViews hardwareViews;

    @Inject
    private RecorderStatusCache statuses;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Override
    public SiteView site() {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return view(sites.local());
    }

    @Override
    public SiteView updateSite(SiteChange change) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        if (change == null) {
            throw new ValidationException("body", "a site object is required");
        }
        CameraInputValidator.validateName("name", change.name());
        String timeZone = timeZone(change.timeZone());
        String description = optionalText("description", change.description(), MAX_DESCRIPTION);
        String contact = optionalText("contact", change.contact(), MAX_CONTACT);
        if (change.version() == null) {
            throw new ValidationException("version", "version is required: send the version of the site you changed");
        }
        Site site = sites.local();
        if (site.version() != change.version()) {
            throw staleVersion();
        }
        site.describe(change.name().strip(), description, timeZone, contact);
        try {
            sites.store(site);
        } catch (OptimisticLockException e) {
            throw staleVersion();
        }
        audit.succeeded("site.change", "site " + site.id() + " (" + site.name() + ")");
        return view(site);
    }

    @Override
    public SiteTree tree() {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Map<String, List<Hardware>> byRecorder = hardware.findAll().stream()
                .collect(Collectors.groupingBy(unit -> unit.recordingServer().id()));
        List<SiteTree.RecorderNode> nodes = new ArrayList<>();
        for (RecordingServer server : recordingServers.findAll()) {
            RecorderStatus status = statuses.current(server);
            List<HardwareView> units = byRecorder.getOrDefault(server.id(), List.of()).stream()
                    .map(unit -> hardwareViews.of(unit, status)).toList();
            nodes.add(new SiteTree.RecorderNode(server.id(), server.name(), server.online(), units));
        }
        return new SiteTree(view(sites.local()), nodes);
    }

    private static String timeZone(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("timeZone", "timeZone is required, an IANA zone id such as Europe/Copenhagen");
        }
        try {
            return ZoneId.of(value.strip()).getId();
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "timeZone must be an IANA zone id such as Europe/Copenhagen");
        }
    }

    private static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new ValidationException(field, field + " must be at most " + max + " printable characters");
        }
        return value.strip();
    }

    private static SiteView view(Site site) {
        return new SiteView(site.id(), site.name(), site.description(), site.timeZone(), site.contact(),
                site.version());
    }

    private static ConflictException staleVersion() {
        return new ConflictException("the site was changed by someone else since you read it; reload it and apply"
                + " your change again");
    }
}
