package org.argusvms.recorder.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.argusvms.recorder.camera.CameraService;
import org.argusvms.recorder.onvif.OnvifCommands;
import org.argusvms.recorder.onvif.OnvifSettings;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StorageUsage;
import org.argusvms.recorder.storage.EvidenceLocks;
import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.RecordingTrigger;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Carries out the commands of the control protocol against the camera service. */
public final class CommandHandler {

    private static final Logger LOG = Logger.getLogger(CommandHandler.class.getName());
    /** Trigger reasons end up in events and logs: a rule's name fits, a document does not. */
    private static final int MAX_REASON_LENGTH = 200;

    private final String recorderId;
    private final String version;
    private final CameraService cameras;
    private final EvidenceLocks locks;
    private final MediaDatabase media;
    private final OnvifCommands onvif;

    public CommandHandler(String recorderId, String version, CameraService cameras, MediaDatabase media) {
        this.recorderId = recorderId;
        this.version = version;
        this.cameras = cameras;
        this.locks = media.locks();
        this.media = media;
        this.onvif = new OnvifCommands(cameras::configuration, OnvifSettings.defaults(), Clock.systemUTC());
    }

    String recorderId() {
        return recorderId;
    }

    String version() {
        return version;
    }

    /**
     * Returns the response body of a command.
     *
     * @throws ProtocolException with the code to answer: UNKNOWN_COMMAND, INVALID_ARGUMENT (nothing changed) or
     *                           INTERNAL_ERROR
     */
    JsonObject handle(String command, JsonObject body) throws ProtocolException {
        switch (command) {
            case Frames.CMD_PING:
                return JsonValue.EMPTY_JSON_OBJECT;
            case Frames.CMD_GET_STATUS:
                return new RecorderStatus(recorderId, version, cameras.statuses()).toJson();
            case Frames.CMD_APPLY_CAMERA:
                return applyCameraConfiguration(CameraConfiguration.fromJson(body));
            case Frames.CMD_REMOVE_CAMERA:
                return removeCamera(body);
            case Frames.CMD_LOCK_RANGE:
                return lockRange(body);
            case Frames.CMD_UNLOCK_RANGE:
                return unlockRange(body);
            case Frames.CMD_TRIGGER_RECORDING:
                return triggerRecording(body);
            case Frames.CMD_APPLY_STORAGES:
                return applyStorages(StorageConfiguration.listFromJson(body));
            case Frames.CMD_GET_STORAGES:
                return StorageUsage.listToJson(media.usage());
            case Frames.CMD_PTZ_GOTO_PRESET, Frames.CMD_PTZ_MOVE, Frames.CMD_SET_OUTPUT:
                return onvif.handle(command, body);
            default:
                throw new ProtocolException(ErrorCode.UNKNOWN_COMMAND, "unknown command " + command);
        }
    }

    private JsonObject applyCameraConfiguration(CameraConfiguration configuration) throws ProtocolException {
        try {
            return cameras.apply(configuration).toJson();
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot persist configuration of camera " + configuration.cameraId(), e);
            throw new ProtocolException(ErrorCode.INTERNAL_ERROR, "cannot persist the camera configuration");
        }
    }

    private JsonObject applyStorages(List<StorageConfiguration> storages) throws ProtocolException {
        try {
            return StorageUsage.listToJson(media.applyStorages(storages));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot persist the storage configuration", e);
            throw new ProtocolException(ErrorCode.INTERNAL_ERROR, "cannot persist the storage configuration");
        }
    }

    private JsonObject lockRange(JsonObject body) throws ProtocolException {
        EvidenceLocks.Lock lock;
        try {
            lock = new EvidenceLocks.Lock(requiredString(body, "lockId"), requiredString(body, "cameraId"),
                    Instant.parse(requiredString(body, "from")), Instant.parse(requiredString(body, "to")));
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "\"from\" and \"to\" must be ISO-8601 instants");
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
        try {
            locks.lock(lock);
            return lock.toJson();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot persist evidence lock " + lock.lockId(), e);
            throw new ProtocolException(ErrorCode.INTERNAL_ERROR, "cannot persist the evidence lock");
        }
    }

    private JsonObject unlockRange(JsonObject body) throws ProtocolException {
        String lockId = requiredString(body, "lockId");
        try {
            return Json.createObjectBuilder().add("released", locks.unlock(lockId)).build();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot persist release of evidence lock " + lockId, e);
            throw new ProtocolException(ErrorCode.INTERNAL_ERROR, "cannot persist the evidence lock");
        }
    }

    private JsonObject triggerRecording(JsonObject body) throws ProtocolException {
        String cameraId = requiredString(body, "cameraId");
        String reason = requiredString(body, "reason");
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                    "\"reason\" must be at most " + MAX_REASON_LENGTH + " characters");
        }
        if (!(body.get("seconds") instanceof JsonNumber seconds) || !seconds.isIntegral()
                || seconds.longValue() < 0 || seconds.longValue() > TriggeredRecording.MAX_POST_BUFFER_SECONDS) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "\"seconds\" must be a whole number 0.."
                    + TriggeredRecording.MAX_POST_BUFFER_SECONDS);
        }
        RecordingTrigger trigger = cameras.recordingTrigger(cameraId).orElseThrow(() -> new ProtocolException(
                ErrorCode.UNKNOWN_CAMERA, "this recorder has no camera " + cameraId));
        Optional<Instant> until = trigger.trigger(RecordingTrigger.Source.EVENT, reason,
                Duration.ofSeconds(seconds.longValue()));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("cameraId", cameraId)
                .add("triggered", until.isPresent());
        until.ifPresent(time -> answer.add("until", time.toString()));
        return answer.build();
    }

    private static String requiredString(JsonObject body, String name) throws ProtocolException {
        if (!(body.get(name) instanceof JsonString value) || value.getString().isBlank()) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "\"" + name + "\" must be a non-empty string");
        }
        return value.getString();
    }

    private JsonObject removeCamera(JsonObject body) throws ProtocolException {
        if (!(body.get("cameraId") instanceof JsonString cameraId) || cameraId.getString().isBlank()) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "\"cameraId\" must be a non-empty string");
        }
        try {
            cameras.remove(cameraId.getString());
            return JsonValue.EMPTY_JSON_OBJECT;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot persist removal of camera " + cameraId.getString(), e);
            throw new ProtocolException(ErrorCode.INTERNAL_ERROR, "cannot persist the camera configuration");
        }
    }
}
