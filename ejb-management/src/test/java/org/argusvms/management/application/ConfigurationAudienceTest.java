package org.argusvms.management.application;

import org.argusvms.management.domain.model.role.AdminArea;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationAudienceTest {

    private static final ConfigurationRecipient ADMIN = new ConfigurationRecipient("admin", true,
            Set.of(AdminArea.CONFIGURATION, AdminArea.SECURITY), Set.of("c1", "c2"), true);
    private static final ConfigurationRecipient OPERATOR = new ConfigurationRecipient("operator", true,
            Set.of(), Set.of("c1", "c2"), true);
    private static final ConfigurationRecipient GUARD = new ConfigurationRecipient("guard", false,
            Set.of(), Set.of("c1"), false);

    @Test
    void personalViewsReachOnlyTheirOwnerAndSharedOnesEveryone() {
        ConfigurationAudience personal = ConfigurationAudience.view(false, "operator");
        assertTrue(personal.admits(OPERATOR));
        assertFalse(personal.admits(ADMIN));
        assertFalse(personal.admits(GUARD));
        ConfigurationAudience shared = ConfigurationAudience.view(true, null);
        assertTrue(shared.admits(GUARD) && shared.admits(OPERATOR) && shared.admits(ADMIN));
    }

    @Test
    void cameraChangesReachThoseWhoMaySeeTheCameraAndConfigurationAdministrators() {
        assertTrue(ConfigurationAudience.camera("c1").admits(GUARD));
        assertFalse(ConfigurationAudience.camera("c2").admits(GUARD));
        assertTrue(ConfigurationAudience.camera("new").admits(OPERATOR), "rights on all cameras cover new ones");
        ConfigurationRecipient configurator = new ConfigurationRecipient("cfg", false, Set.of(AdminArea.CONFIGURATION),
                Set.of(), false);
        assertTrue(ConfigurationAudience.camera("c9").admits(configurator));
    }

    @Test
    void administrationObjectsReachOnlyAdministratorsOfTheirArea() {
        ConfigurationAudience roles = ConfigurationAudience.administratorsOf(AdminArea.SECURITY);
        assertTrue(roles.admits(ADMIN));
        assertFalse(roles.admits(OPERATOR));
        assertTrue(ConfigurationAudience.operators().admits(OPERATOR));
        assertFalse(ConfigurationAudience.operators().admits(GUARD));
    }

    @Test
    void theMessagePropertiesReadBackAndNonsenseIsRefused() {
        ConfigurationAudience audience = ConfigurationAudience.camera("c1");
        assertEquals(audience, ConfigurationAudience.parse(audience.kind().name(), audience.key()));
        assertThrows(IllegalArgumentException.class, () -> ConfigurationAudience.parse("EVERYBODY", null));
        assertThrows(IllegalArgumentException.class, () -> ConfigurationAudience.parse("OWNER", null));
        assertThrows(IllegalArgumentException.class, () -> ConfigurationAudience.parse(null, null));
    }
}
