package org.argusvms.events.application.internal;

import org.argusvms.events.application.RuleActionSpec;
import org.argusvms.events.application.RuleInput;
import org.argusvms.events.application.RuleTriggerSpec;
import org.argusvms.events.domain.model.rule.ActionType;
import org.argusvms.events.domain.model.rule.RuleAction;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleInputValidatorTest {

    private static final Set<String> KNOWN_CAMERAS = Set.of("gate", "door");

    private final RuleInputValidator validator = validatorKnowing(KNOWN_CAMERAS);

    @ParameterizedTest
    @ValueSource(strings = {"RECORD_ON_EVENT", "CHANGE_FRAME_RATE", "record_on_event"})
    void triggeringActionsNameCamerasAndHowLongTheEventLasts(String type) {
        RuleAction action = onlyAction(trigger(type, List.of("gate", "door", "gate"), 30));

        assertEquals(ActionType.valueOf(type.toUpperCase()), action.type());
        assertEquals(List.of("gate", "door"), action.cameraIds(), "duplicates dropped, order kept");
        assertEquals(30, action.seconds());
    }

    @Test
    void anEventOfAMomentAndTheLongestEventAreAccepted() {
        assertEquals(0, onlyAction(trigger("RECORD_ON_EVENT", List.of("gate"), 0)).seconds());
        assertEquals(3600, onlyAction(trigger("CHANGE_FRAME_RATE", List.of("gate"), 3600)).seconds());
    }

    @Test
    void badTriggeringActionsAreRefusedNamingTheField() {
        assertEquals("actions[0].seconds", refusedField(trigger("RECORD_ON_EVENT", List.of("gate"), null)));
        assertEquals("actions[0].seconds", refusedField(trigger("RECORD_ON_EVENT", List.of("gate"), -1)));
        assertEquals("actions[0].seconds", refusedField(trigger("CHANGE_FRAME_RATE", List.of("gate"), 3601)));
        assertEquals("actions[0].cameraIds", refusedField(trigger("RECORD_ON_EVENT", List.of(), 10)));
        assertEquals("actions[0].cameraIds", refusedField(trigger("RECORD_ON_EVENT", List.of("gate", "lobby"), 10)));
    }

    @Test
    void unknownCamerasAreNamedInTheRefusal() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.validate(rule(trigger("RECORD_ON_EVENT", List.of("lobby"), 10))));

        assertTrue(e.getMessage().contains("lobby"), e.getMessage());
    }

    @Test
    void aPtzPresetActionNamesOneCameraAndThePreset() {
        RuleAction action = onlyAction(cameraAction("GO_TO_PTZ_PRESET", List.of("gate"), " 2 ", null, null, null));

        assertEquals(List.of(ActionType.GO_TO_PTZ_PRESET, List.of("gate"), "2"),
                List.of(action.type(), action.cameraIds(), action.preset()));
    }

    @Test
    void anOutputActionActivatesByDefaultAndMaySwitchBack() {
        RuleAction held = onlyAction(cameraAction("ACTIVATE_OUTPUT", List.of("door"), null, "relay1", null, null));
        RuleAction pulsed = onlyAction(cameraAction("ACTIVATE_OUTPUT", List.of("door"), null, "relay2", false, 5));

        assertEquals(List.of("relay1", true), List.of(held.output(), held.active()));
        assertEquals(null, held.seconds(), "without seconds the output stays as set");
        assertEquals(List.of("relay2", false, 5), List.of(pulsed.output(), pulsed.active(), pulsed.seconds()));
    }

    @Test
    void badPtzAndOutputActionsAreRefusedNamingTheField() {
        assertEquals("actions[0].preset", refusedField(cameraAction("GO_TO_PTZ_PRESET", List.of("gate"), " ", null,
                null, null)));
        assertEquals("actions[0].preset", refusedField(cameraAction("GO_TO_PTZ_PRESET", List.of("gate"),
                "p".repeat(65), null, null, null)));
        assertEquals("actions[0].cameraIds", refusedField(cameraAction("GO_TO_PTZ_PRESET", List.of("gate", "door"),
                "2", null, null, null)));
        assertEquals("actions[0].cameraIds", refusedField(cameraAction("ACTIVATE_OUTPUT", List.of("lobby"), null,
                "relay1", true, null)));
        assertEquals("actions[0].output", refusedField(cameraAction("ACTIVATE_OUTPUT", List.of("gate"), null, null,
                true, null)));
        assertEquals("actions[0].seconds", refusedField(cameraAction("ACTIVATE_OUTPUT", List.of("gate"), null,
                "relay1", true, 0)));
        assertEquals("actions[0].seconds", refusedField(cameraAction("ACTIVATE_OUTPUT", List.of("gate"), null,
                "relay1", true, 3601)));
    }

    private static RuleActionSpec cameraAction(String type, List<String> cameraIds, String preset, String output,
                                               Boolean active, Integer seconds) {
        return new RuleActionSpec(type, cameraIds, null, null, null, null, null, null, seconds, preset, output,
                active);
    }

    private RuleAction onlyAction(RuleActionSpec spec) {
        return validator.validate(rule(spec)).actions().get(0);
    }

    private String refusedField(RuleActionSpec spec) {
        return assertThrows(ValidationException.class, () -> validator.validate(rule(spec))).field();
    }

    private static RuleActionSpec trigger(String type, List<String> cameraIds, Integer seconds) {
        return new RuleActionSpec(type, cameraIds, null, null, null, null, null, null, seconds);
    }

    private static RuleInput rule(RuleActionSpec action) {
        return new RuleInput("Door opened", null, true, new RuleTriggerSpec("EVENT", "generic", null, null, null, null,
                null), null, List.of(action), null);
    }

    /** A validator whose camera repository knows these cameras; the rules here name no time profile or definition. */
    private static RuleInputValidator validatorKnowing(Set<String> cameraIds) {
        CameraRepository cameras = (CameraRepository) Proxy.newProxyInstance(CameraRepository.class.getClassLoader(),
                new Class<?>[] {CameraRepository.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String id = (String) arguments[0];
                    return cameraIds.contains(id) ? Optional.of(new Camera(id, id, "rtsp://10.0.0.5/" + id, null, null,
                            "EVENT", true, null, null)) : Optional.empty();
                });
        RuleInputValidator validator = new RuleInputValidator();
        try {
            Field field = RuleInputValidator.class.getDeclaredField("cameras");
            field.setAccessible(true);
            field.set(validator, cameras);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return validator;
    }
}
