package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.AccessDeniedException;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.MapDetails;
import org.argusvms.management.application.MapImage;
import org.argusvms.management.application.MapInput;
import org.argusvms.management.application.MapPlacementDetails;
import org.argusvms.management.application.MapPlacementsInput;
import org.argusvms.management.application.MapService;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.map.CameraPlacement;
import org.argusvms.management.domain.model.map.FloorPlan;
import org.argusvms.management.domain.model.map.FloorPlanPicture;
import org.argusvms.management.domain.model.map.FloorPlanRepository;
import org.argusvms.management.domain.model.map.Placements;
import org.argusvms.management.domain.model.map.PlanImage;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads are for whoever watches cameras; every change needs the CONFIGURATION area and is audited. */
@Stateless
@PermitAll
public class DefaultMapService implements MapService {

    @Inject
    private FloorPlanRepository plans;

    @Inject
    private CameraRepository cameras;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    @Resource
    private SessionContext session;

    @Override
    public List<MapDetails> listMaps(String nameContains, PageRequest page) {
        Map<String, String> watchable = watchableCameraNames();
        requireReader(watchable);
        return plans.findPage(nameContains, page.offset(), page.limit()).stream()
                .map(plan -> toDetails(plan, watchable)).toList();
    }

    @Override
    public long countMaps(String nameContains) {
        requireReader(watchableCameraNames());
        return plans.count(nameContains);
    }

    @Override
    public Optional<MapDetails> findMap(String mapId) {
        Map<String, String> watchable = watchableCameraNames();
        requireReader(watchable);
        return find(mapId).map(plan -> toDetails(plan, watchable));
    }

    @Override
    public MapDetails createMap(MapInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        String name = MapInputValidator.name(input == null ? null : input.name());
        requireUniqueName(name, null);
        FloorPlan plan = new FloorPlan(UUID.randomUUID().toString(), name);
        plans.store(plan);
        announce("map.create", plan, changes::created);
        return toDetails(plan, watchableCameraNames());
    }

    @Override
    public MapDetails renameMap(String mapId, MapInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        FloorPlan plan = existing(mapId);
        String name = MapInputValidator.name(input == null ? null : input.name());
        NamedObjectInput.requireVersion(input.version());
        requireVersion(plan, input.version());
        requireUniqueName(name, mapId);
        plan.rename(name);
        store(plan);
        announce("map.rename", plan, changes::updated);
        return toDetails(plan, watchableCameraNames());
    }

    @Override
    public void deleteMap(String mapId, Long expectedVersion) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        FloorPlan plan = existing(mapId);
        requireVersion(plan, expectedVersion);
        plans.remove(plan);
        announce("map.delete", plan, changes::deleted);
    }

    @Override
    public MapDetails uploadImage(String mapId, byte[] content, Long expectedVersion) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        FloorPlan plan = existing(mapId);
        requireVersion(plan, expectedVersion);
        PlanImage image;
        try {
            image = PlanImage.of(content);
        } catch (PlanImage.RefusedImageException e) {
            throw new ValidationException("image", e.getMessage());
        }
        Optional<FloorPlanPicture> stored = plans.findPicture(mapId);
        if (stored.isPresent()) {
            stored.get().replace(image);
        } else {
            plans.storePicture(new FloorPlanPicture(mapId, image));
        }
        plan.showPicture(image);
        store(plan);
        announce("map.image", plan, changes::updated);
        return toDetails(plan, watchableCameraNames());
    }

    @Override
    public Optional<MapImage> findImage(String mapId) {
        requireReader(watchableCameraNames());
        return find(mapId).flatMap(plan -> plan.imageType().flatMap(type -> plans.findPicture(plan.id())
                .map(picture -> new MapImage(picture.content(), type, plan.version()))));
    }

    @Override
    public MapDetails placeCameras(String mapId, MapPlacementsInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        FloorPlan plan = existing(mapId);
        Placements requested = MapInputValidator.placements(input, cameraId -> cameras.find(cameraId).isPresent());
        NamedObjectInput.requireVersion(input.version());
        requireVersion(plan, input.version());
        plan.place(keepingHiddenPlacements(plan.placements(), requested));
        store(plan);
        announce("map.place", plan, changes::updated);
        return toDetails(plan, watchableCameraNames());
    }

    /** The caller never read the placements of cameras they may not watch, so they cannot resend them: those stay. */
    private Placements keepingHiddenPlacements(Placements stored, Placements requested) {
        Set<String> watchable = permissions.cameraIdsWith(CameraRight.LIVE);
        List<CameraPlacement> kept = new ArrayList<>(requested.all());
        stored.all().stream()
                .filter(placement -> !watchable.contains(placement.cameraId()) && !requested.contains(placement.cameraId()))
                .filter(placement -> cameras.find(placement.cameraId()).isPresent())
                .forEach(kept::add);
        return new Placements(kept);
    }

    /**
     * Maps are for those who watch cameras: operators and administrators, and users whose VMS roles let them watch
     * at least one camera live (a guard sees the plan with just their own cameras on it).
     */
    private void requireReader(Map<String, String> watchableCameraNames) {
        if (watchableCameraNames.isEmpty() && !session.isCallerInRole("operator")
                && !session.isCallerInRole("administrator")) {
            throw new AccessDeniedException("only users who may watch cameras read maps");
        }
    }

    private Optional<FloorPlan> find(String mapId) {
        return mapId == null ? Optional.empty() : plans.find(mapId);
    }

    private FloorPlan existing(String mapId) {
        return find(mapId).orElseThrow(() -> new NotFoundException("map " + mapId + " does not exist"));
    }

    private void store(FloorPlan plan) {
        try {
            plans.store(plan);
        } catch (OptimisticLockException e) {
            throw staleVersion(plan.id());
        }
    }

    private static void requireVersion(FloorPlan plan, Long expectedVersion) {
        if (expectedVersion != null && plan.version() != expectedVersion) {
            throw staleVersion(plan.id());
        }
    }

    private void requireUniqueName(String name, String ownId) {
        plans.findByName(name).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new ValidationException("name", "a map is already named '" + name + "'");
        });
    }

    /** One of the publisher's methods: created, updated or deleted. */
    @FunctionalInterface
    private interface Publication {
        void publish(ObjectType type, String id, long version, ConfigurationAudience audience);
    }

    /** Audits the committed change and tells open map pages; anyone signed in may be a reader (ids only travel). */
    private void announce(String action, FloorPlan plan, Publication publication) {
        audit.succeeded(action, "map " + plan.id() + " (" + plan.name() + ")");
        publication.publish(ObjectType.MAP, plan.id(), plan.version(), ConfigurationAudience.signedIn());
    }

    /** Names of the cameras the caller may watch live; placements of every other camera are left out. */
    private Map<String, String> watchableCameraNames() {
        Set<String> watchable = permissions.cameraIdsWith(CameraRight.LIVE);
        return cameras.findAll().stream().filter(camera -> watchable.contains(camera.id()))
                .collect(Collectors.toMap(Camera::id, Camera::name));
    }

    private static MapDetails toDetails(FloorPlan plan, Map<String, String> watchableCameraNames) {
        List<MapPlacementDetails> placements = plan.placements().all().stream()
                .filter(placement -> watchableCameraNames.containsKey(placement.cameraId()))
                .map(placement -> new MapPlacementDetails(placement.cameraId(),
                        watchableCameraNames.get(placement.cameraId()), placement.x(), placement.y(),
                        placement.rotation(), placement.label()))
                .toList();
        return new MapDetails(plan.id(), plan.name(), plan.imageType().orElse(null), plan.imageWidth(),
                plan.imageHeight(), placements, plan.version());
    }

    private static ConflictException staleVersion(String mapId) {
        return new ConflictException("map " + mapId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
