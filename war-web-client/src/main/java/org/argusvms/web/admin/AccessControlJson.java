package org.argusvms.web.admin;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.DeviceGroupView;
import org.argusvms.management.application.GrantView;
import org.argusvms.management.application.RoleView;

import java.util.List;
import java.util.function.Function;

/** The JSON bodies of the device group and role endpoints, read by admin-device-groups.js and admin-roles.js. */
final class AccessControlJson {

    private AccessControlJson() {
    }

    static String deviceGroups(List<DeviceGroupView> groups) {
        return array(groups, AccessControlJson::deviceGroupObject);
    }

    static String deviceGroup(DeviceGroupView group) {
        return deviceGroupObject(group).build().toString();
    }

    static String roles(List<RoleView> roles) {
        return array(roles, AccessControlJson::roleObject);
    }

    static String role(RoleView role) {
        return roleObject(role).build().toString();
    }

    private static JsonObjectBuilder deviceGroupObject(DeviceGroupView group) {
        return Jsons.objectBuilder()
                .add("id", group.id())
                .add("name", group.name())
                .add("description", orEmpty(group.description()))
                .add("cameraIds", Jsons.arrayBuilder(group.cameraIds()))
                .add("version", group.version());
    }

    private static JsonObjectBuilder roleObject(RoleView role) {
        JsonArrayBuilder grants = Jsons.arrayBuilder();
        role.grants().stream().map(AccessControlJson::grantObject).forEach(grants::add);
        return Jsons.objectBuilder()
                .add("id", role.id())
                .add("name", role.name())
                .add("description", orEmpty(role.description()))
                .add("claims", Jsons.arrayBuilder(role.claims()))
                .add("grants", grants)
                .add("adminAreas", Jsons.arrayBuilder(role.adminAreas()))
                .add("ptzPriority", role.ptzPriority())
                .add("version", role.version());
    }

    /** A grant on all cameras has no target: {@code targetId} is then absent, as the role EJB expects it back. */
    private static JsonObjectBuilder grantObject(GrantView grant) {
        JsonObjectBuilder object = Jsons.objectBuilder().add("scope", grant.scope());
        if (grant.targetId() != null) {
            object.add("targetId", grant.targetId());
        }
        return object.add("rights", Jsons.arrayBuilder(grant.rights()));
    }

    private static <T> String array(List<T> items, Function<T, JsonObjectBuilder> toObject) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        items.stream().map(toObject).forEach(array::add);
        return array.build().toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
