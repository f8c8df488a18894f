package org.argusvms.management.domain.model.role;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A VMS role: what its holders may do, per camera and per administration area. Who holds it is decided by the
 * identity provider: a caller holds the role when their token carries any of its {@code claims} (realm role names).
 * Its {@code ptzPriority} decides who steers a PTZ camera when its holders and others' contend for it
 * (docs/design/ptz-priority.md).
 */
@Entity
@Table(name = "vms_role")
public class VmsRole {

    /** PTZ priorities run on XProtect's scale, so administrators can carry their numbers over: higher wins. */
    public static final int MIN_PTZ_PRIORITY = 1;
    public static final int MAX_PTZ_PRIORITY = 32_000;
    /** XProtect's default too; every role has it until an administrator says otherwise, so nobody outranks anybody. */
    public static final int DEFAULT_PTZ_PRIORITY = 3_000;

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vms_role_claim", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "claim", nullable = false)
    private Set<String> claims = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vms_role_grant", joinColumns = @JoinColumn(name = "role_id"))
    private List<RoleGrant> grants = new ArrayList<>();

    @Column(name = "admin_areas", nullable = false)
    private String adminAreas = "";

    @Column(name = "ptz_priority", nullable = false)
    private int ptzPriority = DEFAULT_PTZ_PRIORITY;

    @Version
    private long version;

    protected VmsRole() {
    }

    public VmsRole(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** Replaces everything an administrator can edit. */
    public void define(String name, String description, Set<String> claims, List<RoleGrant> grants, Set<AdminArea> adminAreas,
                       int ptzPriority) {
        if (ptzPriority < MIN_PTZ_PRIORITY || ptzPriority > MAX_PTZ_PRIORITY) {
            throw new IllegalArgumentException("PTZ priority " + ptzPriority + " is outside " + MIN_PTZ_PRIORITY + ".."
                    + MAX_PTZ_PRIORITY);
        }
        this.name = name;
        this.description = description;
        this.claims = new LinkedHashSet<>(claims);
        this.grants = new ArrayList<>(grants);
        this.adminAreas = EnumNames.join(adminAreas);
        this.ptzPriority = ptzPriority;
    }

    /** Drops grants on a camera or device group that is being deleted. */
    public boolean forgetTarget(String targetId) {
        return grants.removeIf(grant -> grant.targets(targetId));
    }

    public boolean isHeldBy(Predicate<String> callerHasClaim) {
        return claims.stream().anyMatch(callerHasClaim);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<String> claims() {
        return Set.copyOf(claims);
    }

    public List<RoleGrant> grants() {
        return List.copyOf(grants);
    }

    public Set<AdminArea> adminAreas() {
        return EnumNames.parse(AdminArea.class, adminAreas);
    }

    public int ptzPriority() {
        return ptzPriority;
    }

    public long version() {
        return version;
    }
}
