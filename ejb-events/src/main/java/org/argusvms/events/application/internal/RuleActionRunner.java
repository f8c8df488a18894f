package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.domain.model.notification.NotificationSettings;
import org.argusvms.events.domain.model.notification.NotificationSettingsRepository;
import org.argusvms.events.domain.model.rule.MessageTemplate;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleAction;
import org.argusvms.events.domain.model.rule.RuleContext;
import org.argusvms.events.infrastructure.mail.MailSender;
import org.argusvms.events.infrastructure.messaging.VideoWallPublisher;
import org.argusvms.management.application.CameraFailureException;
import org.argusvms.management.application.CameraNotCapableException;
import org.argusvms.management.application.DeviceControl;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.RecordingControl;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.infrastructure.messaging.LogQueueSender;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.argusvms.recorder.protocol.log.LogMessage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Carries out one action of a rule, each in its own transaction: an action that fails does not undo the actions
 * before it, nor the record that the rule ran. Failures are thrown; the {@link RuleRunner} records them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RuleActionRunner {

    /** Category of the alarms rules raise, so operators can tell them from definition-raised ones. */
    static final String ALARM_CATEGORY = "rule";

    @Inject
    private RecordingControl recording;

    @Inject
    private AlarmRaiser alarms;

    @Inject
    private LogQueueSender log;

    @Inject
    private NotificationSettingsRepository notificationSettings;

    @Inject
    private MailSender mail;

    @Inject
    private VideoWallPublisher videoWall;

    @Inject
    private DeviceControl devices;

    @Inject
    private OutputSwitchBack switchBack;

    @Inject
    private Clock clock;

    public void execute(Rule rule, RuleAction action, RuleContext context, String executionId) {
        Map<String, String> values = context.valuesFor(rule);
        switch (action.type()) {
            case START_RECORDING -> switchRecording(action.cameraIds(), true);
            case STOP_RECORDING -> switchRecording(action.cameraIds(), false);
            case RECORD_ON_EVENT, CHANGE_FRAME_RATE -> triggerRecording(rule, action);
            case RAISE_ALARM -> raiseAlarm(rule, action, context, executionId, values);
            case WRITE_RULE_LOG -> log.send(new LogMessage(LogKind.RULE, LogLevel.INFO, clock.instant(),
                    source(rule), null, "rule", MessageTemplate.render(action.message(), values)));
            case SEND_EMAIL -> sendMail(action, values);
            case SHOW_ON_VIDEO_WALL -> videoWall.show(UUID.randomUUID().toString(), action.monitor(),
                    action.cameraIds().get(0), rule.name(), clock.instant());
            case GO_TO_PTZ_PRESET -> steer(() -> devices.gotoPreset(action.cameraIds().get(0), action.preset()));
            case ACTIVATE_OUTPUT -> activateOutput(action);
            default -> throw new RuleActionFailedException(action.type() + " is not supported");
        }
    }

    private void switchRecording(List<String> cameraIds, boolean on) {
        List<String> notReached = new ArrayList<>();
        for (String cameraId : cameraIds) {
            boolean pushed = on ? recording.startRecording(cameraId) : recording.stopRecording(cameraId);
            if (!pushed) {
                notReached.add(cameraId);
            }
        }
        if (!notReached.isEmpty()) {
            throw new RuleActionFailedException("recorder not reachable for cameras " + notReached
                    + "; the change reaches it when it registers again");
        }
    }

    /**
     * Triggers every camera even when one fails (one unreachable recorder must not cost the others their recording).
     * A camera whose mode ignores triggers (OFF) is not a failure: the administrator switched it off.
     */
    private void triggerRecording(Rule rule, RuleAction action) {
        List<String> failures = new ArrayList<>();
        for (String cameraId : action.cameraIds()) {
            try {
                recording.triggerRecording(cameraId, action.seconds(), rule.name());
            } catch (NotFoundException | ValidationException | RecorderUnavailableException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new RuleActionFailedException(String.join("; ", failures));
        }
    }

    /** The switch back is scheduled only once the output was set: a failed action leaves nothing pending. */
    private void activateOutput(RuleAction action) {
        String cameraId = action.cameraIds().get(0);
        boolean active = action.active() == null || action.active();
        steer(() -> devices.setOutput(cameraId, action.output(), active));
        if (action.seconds() != null) {
            switchBack.schedule(cameraId, action.output(), !active, action.seconds());
        }
    }

    /** PTZ and outputs fail as the camera's recorder reports; the message says why, for the execution record. */
    private static void steer(Runnable command) {
        try {
            command.run();
        } catch (NotFoundException | ValidationException | RecorderUnavailableException | CameraNotCapableException
                 | CameraFailureException e) {
            throw new RuleActionFailedException(e.getMessage());
        }
    }

    private void raiseAlarm(Rule rule, RuleAction action, RuleContext context, String executionId,
                            Map<String, String> values) {
        AlarmDefinition asDefinition = new AlarmDefinition(rule.id(), new AlarmDefinition.Settings(action.alarmName(),
                true, context.eventType(), null, null, null, action.priority(), ALARM_CATEGORY, action.cameraIds(),
                null, null, null));
        String message = action.message() == null ? null : MessageTemplate.render(action.message(), values);
        alarms.raise(asDefinition, new TriggeringEvent(context.eventId() != null ? context.eventId() : executionId,
                context.eventType(), context.cameraId(), message, rule.name(), context.triggeredAt()));
    }

    private void sendMail(RuleAction action, Map<String, String> values) {
        NotificationSettings settings = notificationSettings.find().orElseThrow(() -> new RuleActionFailedException(
                "no SMTP server is configured (PUT /api/v1/notification-settings)"));
        try {
            mail.send(settings, action.recipients(), MessageTemplate.renderLine(action.subject(), values),
                    MessageTemplate.render(action.message(), values));
        } catch (MessagingException e) {
            // the message names the server and the SMTP reply, never the password
            throw new RuleActionFailedException("e-mail not sent through " + settings.smtp().host() + ":"
                    + settings.smtp().port() + ": " + e.getMessage());
        }
    }

    private static String source(Rule rule) {
        String source = "rule:" + rule.name();
        return source.length() <= LogMessage.MAX_SOURCE ? source : source.substring(0, LogMessage.MAX_SOURCE);
    }
}
