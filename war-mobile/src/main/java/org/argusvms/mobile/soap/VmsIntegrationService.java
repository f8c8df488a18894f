package org.argusvms.mobile.soap;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.EvidenceLockService;
import org.argusvms.management.application.NewEvidenceLock;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.management.application.RecordingServerView;
import org.argusvms.recorder.protocol.RecordingMode;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SOAP API for integrators (WSDL at {@code /api/soap/VmsIntegrationService?wsdl}). The caller is the user of the
 * Keycloak access token in the HTTP {@code Authorization: Bearer} header, checked by the WAR's OIDC configuration
 * before this class runs; the EJBs then decide what that user may do, exactly as for the REST API.
 */
@WebService(name = "VmsIntegration", serviceName = "VmsIntegrationService", portName = "VmsIntegrationPort",
        targetNamespace = VmsIntegrationService.NAMESPACE)
public class VmsIntegrationService {

    public static final String NAMESPACE = "urn:argusvms:integration:1";

    private static final int MAX_ID_LENGTH = 64;

    @EJB
    private CameraService cameras;

    @EJB
    private RecordingServerService recordingServers;

    @EJB
    private EvidenceLockService evidenceLocks;

    /** The cameras the caller may see (LIVE or PLAYBACK), each with its recorder. */
    @WebMethod
    @WebResult(name = "camera")
    public List<IntegrationCamera> listCameras() throws IntegrationFault {
        try {
            Function<String, IntegrationRecorder> recorders = recorderLookup();
            return cameras.listCameras().stream()
                    .map(camera -> IntegrationCamera.of(camera, recorders.apply(camera.recorderId())))
                    .toList();
        } catch (RuntimeException e) {
            throw IntegrationFaults.translate(e);
        }
    }

    /** One camera's configuration without credentials; NOT_FOUND for a missing camera and for an invisible one. */
    @WebMethod
    @WebResult(name = "camera")
    public IntegrationCamera getCamera(@WebParam(name = "cameraId") String cameraId) throws IntegrationFault {
        requireId(cameraId);
        try {
            CameraView camera = cameras.findCamera(cameraId)
                    .orElseThrow(() -> IntegrationFaults.cameraNotFound(cameraId));
            return IntegrationCamera.of(camera, recorderLookup().apply(camera.recorderId()));
        } catch (RuntimeException e) {
            throw IntegrationFaults.translate(e);
        }
    }

    /** Sets the camera's recording mode to ALWAYS and pushes it to its recorder (needs the CONFIGURATION area). */
    @WebMethod
    @WebResult(name = "camera")
    public IntegrationCamera startRecording(@WebParam(name = "cameraId") String cameraId) throws IntegrationFault {
        return changeRecordingMode(cameraId, RecordingMode.ALWAYS);
    }

    /** Sets the camera's recording mode to OFF and pushes it to its recorder (needs the CONFIGURATION area). */
    @WebMethod
    @WebResult(name = "camera")
    public IntegrationCamera stopRecording(@WebParam(name = "cameraId") String cameraId) throws IntegrationFault {
        return changeRecordingMode(cameraId, RecordingMode.OFF);
    }

    /**
     * Keeps the camera's recordings from {@code from} to {@code to} (xs:dateTime, with an offset such as Z) from
     * deletion, on its recorder; needs EVIDENCE_LOCK on the camera. RECORDER_UNAVAILABLE if the recorder did not take
     * it (nothing is stored then).
     */
    @WebMethod
    @WebResult(name = "evidenceLock")
    public IntegrationEvidenceLock createEvidenceLock(@WebParam(name = "cameraId") String cameraId,
                                                      @WebParam(name = "from") Date from,
                                                      @WebParam(name = "to") Date to,
                                                      @WebParam(name = "reason") String reason)
            throws IntegrationFault {
        requireId(cameraId);
        try {
            return IntegrationEvidenceLock.of(evidenceLocks.lock(
                    new NewEvidenceLock(cameraId, instant(from), instant(to), reason)));
        } catch (RuntimeException e) {
            throw IntegrationFaults.translate(e);
        }
    }

    private IntegrationCamera changeRecordingMode(String cameraId, RecordingMode mode) throws IntegrationFault {
        requireId(cameraId);
        try {
            CameraView camera = cameras.changeRecordingMode(cameraId, mode);
            return IntegrationCamera.of(camera, recorderLookup().apply(camera.recorderId()));
        } catch (RuntimeException e) {
            throw IntegrationFaults.translate(e);
        }
    }

    /**
     * Recorder details by id. Listing recorders needs the container role operator or administrator; a caller whose
     * VMS role comes from another claim still sees cameras, with their recorder's id only.
     */
    private Function<String, IntegrationRecorder> recorderLookup() {
        Map<String, IntegrationRecorder> byId;
        try {
            byId = recordingServers.listRecordingServers().stream()
                    .collect(Collectors.toMap(RecordingServerView::id, IntegrationRecorder::of));
        } catch (EJBAccessException e) {
            byId = Map.of();
        }
        Map<String, IntegrationRecorder> known = byId;
        return id -> known.getOrDefault(id, IntegrationRecorder.unknown(id));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static void requireId(String cameraId) throws IntegrationFault {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IntegrationFault(IntegrationFaults.INVALID_INPUT, "cameraId is required");
        }
        if (cameraId.length() > MAX_ID_LENGTH) {
            throw new IntegrationFault(IntegrationFaults.INVALID_INPUT,
                    "cameraId must be at most " + MAX_ID_LENGTH + " characters");
        }
    }
}
