package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.argusvms.management.application.ConfigurationChange;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.domain.model.role.CallerPermissions;
import org.argusvms.management.domain.model.role.DeviceGroup;
import org.argusvms.management.domain.model.role.DeviceGroupRepository;
import org.argusvms.management.domain.model.role.VmsRole;
import org.argusvms.management.domain.model.role.VmsRoleRepository;
import org.argusvms.management.infrastructure.cache.ConfigurationCache;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The roles and device-group memberships that every permission check resolves a caller against, kept in memory
 * ({@link ConfigurationCache}) instead of read from the database per request (benchmark B11). A role, group or camera
 * change made through this node counts from the first request after it commits (it announces itself through
 * {@link org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher}); one made through another
 * cluster node within {@link ConfigurationCache#MAX_AGE}. A revoked right can therefore last that long on the
 * other nodes; the token's own lifetime is far longer, so this does not change what revocation means.
 */
@ApplicationScoped
public class PermissionModel {

    private static final Set<ObjectType> AFFECTING = Set.of(ObjectType.ROLE, ObjectType.DEVICE_GROUP, ObjectType.CAMERA);

    /** The roles with their grants; each group's cameras read once per snapshot, on first use. */
    record Snapshot(List<VmsRole> roles, Map<String, Set<String>> camerasByGroup) {
    }

    @Inject
    private VmsRoleRepository roles;

    @Inject
    private DeviceGroupRepository groups;

    @Inject
    private ConfigurationCache<Snapshot> cache;

    /** What a caller holding the claims the predicate accepts may do. */
    public CallerPermissions permissionsOf(Predicate<String> callerHasClaim) {
        Snapshot snapshot = cache.get(() -> new Snapshot(List.copyOf(roles.findAll()), new ConcurrentHashMap<>()));
        List<VmsRole> held = snapshot.roles().stream().filter(role -> role.isHeldBy(callerHasClaim)).toList();
        return CallerPermissions.of(held, groupId -> snapshot.camerasByGroup().computeIfAbsent(groupId,
                id -> groups.find(id).map(DeviceGroup::cameraIds).<Set<String>>map(Set::copyOf).orElse(Set.of())));
    }

    void onChange(@Observes ConfigurationChange change) {
        if (AFFECTING.contains(change.type())) {
            cache.invalidateAfterCompletion();
        }
    }
}
