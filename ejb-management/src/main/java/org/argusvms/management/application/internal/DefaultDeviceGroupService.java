package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.DeviceGroupInput;
import org.argusvms.management.application.DeviceGroupService;
import org.argusvms.management.application.DeviceGroupView;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.DeviceGroup;
import org.argusvms.management.domain.model.role.DeviceGroupRepository;
import org.argusvms.management.domain.model.role.VmsRoleRepository;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
@PermitAll
public class DefaultDeviceGroupService implements DeviceGroupService {

    static final int MAX_CAMERAS = 10_000;
    private static final ConfigurationAudience AUDIENCE = ConfigurationAudience.administratorsOf(AdminArea.CONFIGURATION);

    @Inject
    private DeviceGroupRepository groups;

    @Inject
    private CameraRepository cameras;

    @Inject
    private VmsRoleRepository roles;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    @Override
    public List<DeviceGroupView> listGroups(String nameContains, PageRequest page) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return groups.findPage(nameContains, page.offset(), page.limit()).stream().map(DefaultDeviceGroupService::toView).toList();
    }

    @Override
    public long countGroups(String nameContains) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return groups.count(nameContains);
    }

    @Override
    public Optional<DeviceGroupView> findGroup(String groupId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return groups.find(groupId).map(DefaultDeviceGroupService::toView);
    }

    @Override
    public DeviceGroupView createGroup(DeviceGroupInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        requireBody(input);
        String name = NamedObjectInput.name(input.name());
        requireUniqueName(name, null);
        DeviceGroup group = new DeviceGroup(UUID.randomUUID().toString(), name);
        group.define(name, NamedObjectInput.description(input.description()), existingCameras(input.cameraIds()));
        groups.store(group);
        audit.succeeded("device-group.create", describe(group));
        changes.created(ObjectType.DEVICE_GROUP, group.id(), group.version(), AUDIENCE);
        return toView(group);
    }

    @Override
    public DeviceGroupView changeGroup(String groupId, DeviceGroupInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        requireBody(input);
        String name = NamedObjectInput.name(input.name());
        String description = NamedObjectInput.description(input.description());
        List<Camera> members = existingCameras(input.cameraIds());
        NamedObjectInput.requireVersion(input.version());
        DeviceGroup group = groups.find(groupId).orElseThrow(() -> notFound(groupId));
        if (group.version() != input.version()) {
            throw staleVersion(groupId);
        }
        requireUniqueName(name, groupId);
        group.define(name, description, members);
        try {
            groups.store(group);
        } catch (OptimisticLockException e) {
            throw staleVersion(groupId);
        }
        audit.succeeded("device-group.change", describe(group));
        changes.updated(ObjectType.DEVICE_GROUP, group.id(), group.version(), AUDIENCE);
        return toView(group);
    }

    @Override
    public void deleteGroup(String groupId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        DeviceGroup group = groups.find(groupId).orElseThrow(() -> notFound(groupId));
        roles.findAll().forEach(role -> role.forgetTarget(groupId));
        groups.remove(group);
        audit.succeeded("device-group.delete", describe(group));
        changes.deleted(ObjectType.DEVICE_GROUP, group.id(), group.version(), AUDIENCE);
    }

    private List<Camera> existingCameras(List<String> cameraIds) {
        List<Camera> members = new ArrayList<>();
        if (cameraIds == null) {
            return members;
        }
        if (cameraIds.size() > MAX_CAMERAS) {
            throw new ValidationException("cameraIds", "a device group may hold at most " + MAX_CAMERAS + " cameras");
        }
        for (String cameraId : new LinkedHashSet<>(cameraIds)) {
            members.add(cameras.find(cameraId == null ? "" : cameraId).orElseThrow(() ->
                    new ValidationException("cameraIds", "camera " + cameraId + " does not exist")));
        }
        return members;
    }

    private static void requireBody(DeviceGroupInput input) {
        if (input == null) {
            throw new ValidationException("body", "a device group object is required");
        }
    }

    private void requireUniqueName(String name, String ownId) {
        groups.findByName(name).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new ValidationException("name", "a device group named '" + name + "' already exists");
        });
    }

    private static DeviceGroupView toView(DeviceGroup group) {
        return new DeviceGroupView(group.id(), group.name(), group.description(), List.copyOf(group.cameraIds()), group.version());
    }

    private static String describe(DeviceGroup group) {
        return "device group " + group.id() + " (" + group.name() + ")";
    }

    private static NotFoundException notFound(String groupId) {
        return new NotFoundException("device group " + groupId + " does not exist");
    }

    private static ConflictException staleVersion(String groupId) {
        return new ConflictException("device group " + groupId + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
