package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.application.ViewDetails;
import org.argusvms.management.application.ViewInput;
import org.argusvms.management.application.ViewService;
import org.argusvms.management.application.ViewTileDetails;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.domain.model.view.View;
import org.argusvms.management.domain.model.view.ViewLayout;
import org.argusvms.management.domain.model.view.ViewRepository;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Rights: personal views belong to the caller (their token's user name); shared ones need CONFIGURATION to change. */
@Stateless
@PermitAll
public class DefaultViewService implements ViewService {

    @Inject
    private ViewRepository views;

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
    public List<ViewDetails> listViews(String nameContains, PageRequest page) {
        List<View> found = views.findVisiblePage(caller(), nameContains, page.offset(), page.limit());
        Map<String, String> watchable = watchableCameraNames();
        return found.stream().map(view -> toDetails(view, watchable)).toList();
    }

    @Override
    public long countViews(String nameContains) {
        return views.countVisible(caller(), nameContains);
    }

    @Override
    public Optional<ViewDetails> findView(String viewId) {
        return visible(viewId).map(view -> toDetails(view, watchableCameraNames()));
    }

    @Override
    public ViewDetails createView(ViewInput input) {
        requireRightToShare(input != null && Boolean.TRUE.equals(input.shared()));
        ViewInputValidator.ValidView valid = ViewInputValidator.validate(input, permissions::canSee);
        requireUniqueName(valid, caller(), null);
        View view = new View(UUID.randomUUID().toString());
        view.define(valid.name(), valid.shared(), caller(), valid.layout());
        views.store(view);
        audit.succeeded("view.create", describe(view));
        changes.created(ObjectType.VIEW, view.id(), view.version(), audience(view, false));
        return toDetails(view, watchableCameraNames());
    }

    @Override
    public ViewDetails changeView(String viewId, ViewInput input) {
        View view = visible(viewId).orElseThrow(() -> notFound(viewId));
        boolean wasShared = view.shared();
        requireRightToShare(wasShared || (input != null && Boolean.TRUE.equals(input.shared())));
        ViewInputValidator.ValidView valid = ViewInputValidator.validate(input, permissions::canSee);
        NamedObjectInput.requireVersion(input.version());
        if (view.version() != input.version()) {
            throw staleVersion(viewId);
        }
        String owner = valid.shared() ? null : Objects.requireNonNullElse(view.owner(), caller());
        requireUniqueName(valid, owner, viewId);
        view.define(valid.name(), valid.shared(), owner, keepingRestrictedTiles(view.layout(), valid.layout()));
        try {
            views.store(view);
        } catch (OptimisticLockException e) {
            throw staleVersion(viewId);
        }
        audit.succeeded("view.change", describe(view));
        changes.updated(ObjectType.VIEW, view.id(), view.version(), audience(view, wasShared));
        return toDetails(view, watchableCameraNames());
    }

    @Override
    public void deleteView(String viewId, Long expectedVersion) {
        View view = visible(viewId).orElseThrow(() -> notFound(viewId));
        requireRightToShare(view.shared());
        if (expectedVersion != null && view.version() != expectedVersion) {
            throw staleVersion(viewId);
        }
        views.remove(view);
        audit.succeeded("view.delete", describe(view));
        changes.deleted(ObjectType.VIEW, view.id(), view.version(), audience(view, false));
    }

    private Optional<View> visible(String viewId) {
        return viewId == null ? Optional.empty() : views.find(viewId).filter(view -> view.isVisibleTo(caller()));
    }

    private void requireRightToShare(boolean shared) {
        if (shared) {
            permissions.requireAdmin(AdminArea.CONFIGURATION);
        }
    }

    /** The caller cannot see the cameras of restricted tiles, so they cannot resend them: such tiles stay put. */
    private ViewLayout keepingRestrictedTiles(ViewLayout stored, ViewLayout requested) {
        Set<String> watchable = permissions.cameraIdsWith(CameraRight.LIVE);
        SortedMap<Integer, String> tiles = new TreeMap<>(requested.cameraByPosition());
        stored.cameraByPosition().forEach((position, cameraId) -> {
            if (!watchable.contains(cameraId) && position < requested.tileCount()) {
                tiles.putIfAbsent(position, cameraId);
            }
        });
        return new ViewLayout(requested.rows(), requested.columns(), tiles);
    }

    private void requireUniqueName(ViewInputValidator.ValidView valid, String owner, String ownId) {
        views.findByName(valid.name(), valid.shared(), owner).filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw new ValidationException("name", (valid.shared() ? "a shared view" : "one of your views")
                            + " is already named '" + valid.name() + "'");
                });
    }

    /** Names of the cameras the caller may watch live; every other camera is a restricted tile. */
    private Map<String, String> watchableCameraNames() {
        Set<String> watchable = permissions.cameraIdsWith(CameraRight.LIVE);
        return cameras.findAll().stream().filter(camera -> watchable.contains(camera.id()))
                .collect(Collectors.toMap(Camera::id, Camera::name));
    }

    private static ViewDetails toDetails(View view, Map<String, String> watchableCameraNames) {
        ViewLayout layout = view.layout();
        List<ViewTileDetails> tiles = new ArrayList<>();
        layout.cameraByPosition().forEach((position, cameraId) -> tiles.add(watchableCameraNames.containsKey(cameraId)
                ? ViewTileDetails.camera(position, cameraId, watchableCameraNames.get(cameraId))
                : ViewTileDetails.restricted(position)));
        return new ViewDetails(view.id(), view.name(), view.shared(), view.owner(), layout.rows(), layout.columns(),
                List.copyOf(tiles), view.version());
    }

    /** Everyone who could read the view before or after the change. */
    static ConfigurationAudience audience(View view, boolean wasShared) {
        return ConfigurationAudience.view(wasShared || view.shared(), view.owner());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String describe(View view) {
        return (view.shared() ? "shared" : "personal") + " view " + view.id() + " (" + view.name() + ")";
    }

    private static NotFoundException notFound(String viewId) {
        return new NotFoundException("view " + viewId + " does not exist");
    }

    private static ConflictException staleVersion(String viewId) {
        return new ConflictException("view " + viewId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
