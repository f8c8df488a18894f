package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.argusvms.management.application.AccessDeniedException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CallerPermissions;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the caller's roles by asking the container whether the caller is in each claim a role lists: the OIDC
 * identity's roles are the token's realm roles, so any realm role name can be asked for, declared or not.
 */
@Stateless
@PermitAll
public class DefaultPermissionService implements PermissionService {

    /** Resolved permissions live as long as the transaction, so a changed role applies from the next request. */
    private static final String CACHE_KEY = CallerPermissions.class.getName();

    @Resource
    private SessionContext session;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private PermissionModel model;

    @Inject
    private CameraRepository cameras;

    @Inject
    private AuditLog audit;

    @Override
    public Set<CameraRight> rightsOn(String cameraId) {
        return caller().rightsOn(cameraId);
    }

    @Override
    public void require(String cameraId, CameraRight right) {
        if (!caller().has(cameraId, right)) {
            audit.denied("camera." + right.name().toLowerCase(Locale.ROOT), "camera " + cameraId);
            throw new AccessDeniedException("the caller lacks " + right + " on camera " + cameraId);
        }
    }

    @Override
    public OptionalInt ptzPriorityOn(String cameraId) {
        return caller().ptzPriorityOn(cameraId);
    }

    @Override
    public boolean hasOnAllCameras(CameraRight right) {
        return caller().hasOnAllCameras(right);
    }

    @Override
    public Set<String> cameraIdsWith(CameraRight right) {
        CallerPermissions permissions = caller();
        return cameras.findAll().stream().map(Camera::id).filter(id -> permissions.has(id, right))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public Set<String> visibleCameraIds() {
        CallerPermissions permissions = caller();
        return cameras.findAll().stream().map(Camera::id).filter(permissions::sees)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public boolean canSee(String cameraId) {
        return cameraId != null && caller().sees(cameraId) && cameras.find(cameraId).isPresent();
    }

    @Override
    public void requireAdmin(AdminArea area) {
        if (!caller().administers(area)) {
            audit.denied("admin." + area.name().toLowerCase(Locale.ROOT), null);
            throw new AccessDeniedException("the caller does not administer " + area);
        }
    }

    @Override
    public Set<AdminArea> adminAreas() {
        return caller().adminAreas();
    }

    private CallerPermissions caller() {
        String key = CACHE_KEY + "/" + session.getCallerPrincipal().getName();
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(key) instanceof CallerPermissions cached) {
            return cached;
        }
        CallerPermissions resolved = model.permissionsOf(session::isCallerInRole);
        if (inTransaction) {
            transaction.putResource(key, resolved);
        }
        return resolved;
    }
}
