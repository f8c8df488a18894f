package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.RoleInput;
import org.argusvms.management.application.RoleService;
import org.argusvms.management.application.RoleView;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.DeviceGroupRepository;
import org.argusvms.management.domain.model.role.GrantScope;
import org.argusvms.management.domain.model.role.VmsRole;
import org.argusvms.management.domain.model.role.VmsRoleRepository;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
@PermitAll
public class DefaultRoleService implements RoleService {

    @Inject
    private VmsRoleRepository roles;

    @Inject
    private CameraRepository cameras;

    @Inject
    private DeviceGroupRepository deviceGroups;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    private static final ConfigurationAudience AUDIENCE = ConfigurationAudience.administratorsOf(AdminArea.SECURITY);

    @Override
    public List<RoleView> listRoles(String nameContains, PageRequest page) {
        permissions.requireAdmin(AdminArea.SECURITY);
        return roles.findPage(nameContains, page.offset(), page.limit()).stream().map(RoleViews::of).toList();
    }

    @Override
    public long countRoles(String nameContains) {
        permissions.requireAdmin(AdminArea.SECURITY);
        return roles.count(nameContains);
    }

    @Override
    public Optional<RoleView> findRole(String roleId) {
        permissions.requireAdmin(AdminArea.SECURITY);
        return roles.find(roleId).map(RoleViews::of);
    }

    @Override
    public RoleView createRole(RoleInput input) {
        permissions.requireAdmin(AdminArea.SECURITY);
        RoleInputValidator.ValidRole valid = RoleInputValidator.validate(input, this::targetExists);
        requireUniqueName(valid.name(), null);
        VmsRole role = new VmsRole(UUID.randomUUID().toString(), valid.name());
        define(role, valid);
        roles.store(role);
        audit.succeeded("role.create", describe(role));
        changes.created(ObjectType.ROLE, role.id(), role.version(), AUDIENCE);
        return RoleViews.of(role);
    }

    @Override
    public RoleView changeRole(String roleId, RoleInput input) {
        permissions.requireAdmin(AdminArea.SECURITY);
        RoleInputValidator.ValidRole valid = RoleInputValidator.validate(input, this::targetExists);
        NamedObjectInput.requireVersion(input.version());
        VmsRole role = roles.find(roleId).orElseThrow(() -> notFound(roleId));
        if (role.version() != input.version()) {
            throw staleVersion(roleId);
        }
        requireUniqueName(valid.name(), roleId);
        define(role, valid);
        try {
            roles.store(role);
        } catch (OptimisticLockException e) {
            throw staleVersion(roleId);
        }
        audit.succeeded("role.change", describe(role));
        changes.updated(ObjectType.ROLE, role.id(), role.version(), AUDIENCE);
        return RoleViews.of(role);
    }

    @Override
    public void deleteRole(String roleId) {
        permissions.requireAdmin(AdminArea.SECURITY);
        VmsRole role = roles.find(roleId).orElseThrow(() -> notFound(roleId));
        roles.remove(role);
        audit.succeeded("role.delete", describe(role));
        changes.deleted(ObjectType.ROLE, role.id(), role.version(), AUDIENCE);
    }

    private static void define(VmsRole role, RoleInputValidator.ValidRole valid) {
        role.define(valid.name(), valid.description(), valid.claims(), valid.grants(), valid.adminAreas(),
                valid.ptzPriority() == null ? role.ptzPriority() : valid.ptzPriority());
    }

    private boolean targetExists(GrantScope scope, String targetId) {
        return scope == GrantScope.CAMERA ? cameras.find(targetId).isPresent() : deviceGroups.find(targetId).isPresent();
    }

    private void requireUniqueName(String name, String ownId) {
        roles.findByName(name).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new ValidationException("name", "a role named '" + name + "' already exists");
        });
    }

    private static String describe(VmsRole role) {
        return "role " + role.id() + " (" + role.name() + ")";
    }

    private static NotFoundException notFound(String roleId) {
        return new NotFoundException("role " + roleId + " does not exist");
    }

    private static ConflictException staleVersion(String roleId) {
        return new ConflictException("role " + roleId + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
