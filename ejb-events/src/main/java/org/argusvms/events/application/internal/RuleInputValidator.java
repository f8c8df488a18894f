package org.argusvms.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.events.application.RuleActionSpec;
import org.argusvms.events.application.RuleInput;
import org.argusvms.events.application.RuleTriggerSpec;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.generic.GenericEventDefinitionRepository;
import org.argusvms.events.domain.model.rule.ActionType;
import org.argusvms.events.domain.model.rule.MessageTemplate;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleAction;
import org.argusvms.events.domain.model.rule.RuleTrigger;
import org.argusvms.events.domain.model.rule.TriggerType;
import org.argusvms.management.application.TimeProfileService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.application.internal.CameraCommandValidator;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an administrator's rule, including that every camera, time profile and generic-event definition it names
 * exists; every refusal names the field ({@code actions[2].recipients}).
 */
@ApplicationScoped
public class RuleInputValidator {

    static final int MAX_ACTIONS = 20;
    static final int MAX_CAMERAS = 50;
    static final int MAX_RECIPIENTS = 20;
    /** The longest event the recorder accepts in a trigger (its post-buffer limit). */
    static final int MAX_EVENT_SECONDS = TriggeredRecording.MAX_POST_BUFFER_SECONDS;
    /** How long an ACTIVATE_OUTPUT action may keep an output switched before setting it back: an hour. */
    static final int MAX_OUTPUT_SECONDS = 3600;
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_.-]{0,99}");
    /** Deliberately simple: one @, no spaces or angle brackets or commas; the SMTP server has the last word. */
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+");

    @Inject
    private CameraRepository cameras;

    @Inject
    private TimeProfileService timeProfiles;

    @Inject
    private GenericEventDefinitionRepository genericDefinitions;

    public Rule.Definition validate(RuleInput input) {
        if (input == null) {
            throw new ValidationException("body", "a rule object is required");
        }
        String onlyWhile = optional("onlyWhileTimeProfileId", input.onlyWhileTimeProfileId(), 36);
        if (onlyWhile != null) {
            requireTimeProfile("onlyWhileTimeProfileId", onlyWhile);
        }
        return new Rule.Definition(required("name", input.name(), 200), optional("description", input.description(), 1000),
                input.enabled() == null || input.enabled(), trigger(input.trigger()), onlyWhile, actions(input.actions()));
    }

    private RuleTrigger trigger(RuleTriggerSpec spec) {
        if (spec == null) {
            throw new ValidationException("trigger", "trigger is required");
        }
        TriggerType type = constant(TriggerType.class, spec.type(), "trigger.type");
        if (type.isTimeProfile()) {
            String profileId = required("trigger.timeProfileId", spec.timeProfileId(), 36);
            requireTimeProfile("trigger.timeProfileId", profileId);
            return RuleTrigger.onTimeProfile(type, profileId);
        }
        String eventType = required("trigger.eventType", spec.eventType(), 100);
        if (!EVENT_TYPE.matcher(eventType).matches()) {
            throw new ValidationException("trigger.eventType", "trigger.eventType must be generic, analytics or a device"
                    + " event type like camera.disconnected");
        }
        String cameraId = optional("trigger.cameraId", spec.cameraId(), 36);
        if (cameraId != null) {
            requireCamera("trigger.cameraId", cameraId);
        }
        String definitionId = optional("trigger.definitionId", spec.definitionId(), 36);
        if (definitionId != null && (!RuleTrigger.GENERIC.equals(eventType) || genericDefinitions.find(definitionId).isEmpty())) {
            throw new ValidationException("trigger.definitionId", "trigger.definitionId must name an existing"
                    + " generic-event definition, with eventType generic");
        }
        String analyticsType = optional("trigger.analyticsType", spec.analyticsType(), 1000);
        String sourceName = optional("trigger.sourceName", spec.sourceName(), 1000);
        if ((analyticsType != null || sourceName != null) && !RuleTrigger.ANALYTICS.equals(eventType)) {
            throw new ValidationException("trigger.eventType", "analyticsType and sourceName apply to eventType analytics");
        }
        return RuleTrigger.onEvent(eventType, cameraId, definitionId, analyticsType, sourceName);
    }

    private List<RuleAction> actions(List<RuleActionSpec> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new ValidationException("actions", "actions must list at least one action");
        }
        if (specs.size() > MAX_ACTIONS) {
            throw new ValidationException("actions", "at most " + MAX_ACTIONS + " actions");
        }
        List<RuleAction> actions = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            actions.add(action(specs.get(i), "actions[" + i + "]."));
        }
        return actions;
    }

    private RuleAction action(RuleActionSpec spec, String at) {
        if (spec == null) {
            throw new ValidationException("actions", "actions must not contain null");
        }
        ActionType type = constant(ActionType.class, spec.type(), at + "type");
        return switch (type) {
            case START_RECORDING, STOP_RECORDING -> new RuleAction(type, cameras(spec.cameraIds(), at, 1), null, null,
                    null, null, null, null);
            case RECORD_ON_EVENT, CHANGE_FRAME_RATE -> RuleAction.triggeringRecording(type,
                    cameras(spec.cameraIds(), at, 1), seconds(spec.seconds(), at));
            case RAISE_ALARM -> new RuleAction(type, cameras(spec.cameraIds(), at, 0),
                    required(at + "alarmName", spec.alarmName(), 100), priority(spec.priority(), at),
                    template(at + "message", spec.message(), false), null, null, null);
            case WRITE_RULE_LOG -> new RuleAction(type, List.of(), null, null,
                    template(at + "message", spec.message(), true), null, null, null);
            case SEND_EMAIL -> new RuleAction(type, List.of(), null, null, template(at + "message", spec.message(), true),
                    recipients(spec.recipients(), at), template(at + "subject", spec.subject(), true), null);
            case SHOW_ON_VIDEO_WALL -> new RuleAction(type, List.of(oneCamera(spec, at)), null, null, null, null, null,
                    required(at + "monitor", spec.monitor(), 100));
            case GO_TO_PTZ_PRESET -> RuleAction.goToPtzPreset(oneCamera(spec, at),
                    CameraCommandValidator.token(at + "preset", spec.preset()));
            case ACTIVATE_OUTPUT -> RuleAction.activateOutput(oneCamera(spec, at),
                    CameraCommandValidator.token(at + "output", spec.output()),
                    spec.active() == null || spec.active(), switchBackSeconds(spec.seconds(), at));
            default -> throw new IllegalStateException("unhandled action type " + type);
        };
    }

    private String oneCamera(RuleActionSpec spec, String at) {
        List<String> camera = cameras(spec.cameraIds(), at, 1);
        if (camera.size() != 1) {
            throw new ValidationException(at + "cameraIds", at + "cameraIds must name exactly one camera");
        }
        return camera.get(0);
    }

    /** Optional: absent leaves the output as the action set it. */
    private static Integer switchBackSeconds(Integer seconds, String at) {
        if (seconds != null && (seconds < 1 || seconds > MAX_OUTPUT_SECONDS)) {
            throw new ValidationException(at + "seconds", at + "seconds (after which the output is set back) must be"
                    + " 1 to " + MAX_OUTPUT_SECONDS + ", or absent to leave it");
        }
        return seconds;
    }

    private List<String> cameras(List<String> given, String at, int atLeast) {
        String field = at + "cameraIds";
        LinkedHashSet<String> ids = new LinkedHashSet<>(given == null ? List.of() : given);
        if (ids.size() < atLeast || ids.size() > MAX_CAMERAS) {
            throw new ValidationException(field, field + " must name " + atLeast + " to " + MAX_CAMERAS + " cameras");
        }
        ids.forEach(id -> requireCamera(field, id));
        return List.copyOf(ids);
    }

    private static int seconds(Integer seconds, String at) {
        String field = at + "seconds";
        if (seconds == null || seconds < 0 || seconds > MAX_EVENT_SECONDS) {
            throw new ValidationException(field, field + " (how long the event lasts) must be 0 to "
                    + MAX_EVENT_SECONDS);
        }
        return seconds;
    }

    private static Integer priority(Integer priority, String at) {
        int value = priority == null ? AlarmDefinitionValidator.DEFAULT_PRIORITY : priority;
        if (value < AlarmDefinition.MIN_PRIORITY || value > AlarmDefinition.MAX_PRIORITY) {
            throw new ValidationException(at + "priority", at + "priority must be 1 (most urgent) to 10");
        }
        return value;
    }

    private static List<String> recipients(List<String> given, String at) {
        String field = at + "recipients";
        if (given == null || given.isEmpty() || given.size() > MAX_RECIPIENTS) {
            throw new ValidationException(field, field + " must list 1 to " + MAX_RECIPIENTS + " e-mail addresses");
        }
        List<String> addresses = new ArrayList<>();
        for (String address : given) {
            if (address == null || !isMailAddress(address.strip())) {
                throw new ValidationException(field, field + " must be e-mail addresses like security@example.com");
            }
            addresses.add(address.strip());
        }
        return addresses;
    }

    static boolean isMailAddress(String address) {
        return address.length() <= 320 && MAIL_ADDRESS.matcher(address).matches();
    }

    private static String template(String field, String value, boolean required) {
        String text = required ? required(field, value, 4000) : optional(field, value, 4000);
        if (text != null && !MessageTemplate.isWellFormed(text)) {
            throw new ValidationException(field, field + " has a malformed placeholder: write ${event.message}");
        }
        return text;
    }

    private void requireCamera(String field, String cameraId) {
        if (cameraId == null || cameraId.length() > 36 || cameras.find(cameraId).isEmpty()) {
            throw new ValidationException(field, "camera " + cameraId + " does not exist");
        }
    }

    private void requireTimeProfile(String field, String profileId) {
        if (timeProfiles.schedule(profileId).isEmpty()) {
            throw new ValidationException(field, "time profile " + profileId + " does not exist");
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        try {
            if (value != null) {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ValidationException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    private static String required(String field, String value, int maxLength) {
        return AlarmDefinitionValidator.required(field, value, maxLength);
    }

    private static String optional(String field, String value, int maxLength) {
        return AlarmDefinitionValidator.optional(field, value, maxLength);
    }
}
