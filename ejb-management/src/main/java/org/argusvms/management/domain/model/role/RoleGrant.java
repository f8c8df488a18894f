package org.argusvms.management.domain.model.role;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;
import java.util.Set;

/**
 * Rights on a set of cameras. {@code targetId} names the device group or camera; it is null for {@link GrantScope#ALL}.
 * A grant whose target no longer exists grants nothing (targets are cleaned up when deleted, this is the fallback).
 */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private GrantScope scope;

    @Column(name = "target_id")
    private String targetId;

    @Column(name = "rights", nullable = false)
    private String rights;

    protected RoleGrant() {
    }

    public RoleGrant(GrantScope scope, String targetId, Set<CameraRight> rights) {
        this.scope = Objects.requireNonNull(scope);
        this.targetId = scope == GrantScope.ALL ? null : Objects.requireNonNull(targetId);
        this.rights = EnumNames.join(rights);
    }

    public static RoleGrant onAllCameras(Set<CameraRight> rights) {
        return new RoleGrant(GrantScope.ALL, null, rights);
    }

    public GrantScope scope() {
        return scope;
    }

    public String targetId() {
        return targetId;
    }

    public Set<CameraRight> rights() {
        return EnumNames.parse(CameraRight.class, rights);
    }

    public boolean targets(String id) {
        return scope != GrantScope.ALL && targetId.equals(id);
    }
}
