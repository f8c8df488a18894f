package org.argusvms.mobile.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.CameraFailureException;
import org.argusvms.management.application.CameraNotCapableException;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PtzSession;
import org.argusvms.management.application.PtzSessionHeldException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a problem-details body with the right status, and never leaks a stack trace. */
public final class ProblemExceptionMappers {

    private ProblemExceptionMappers() {
    }

    @Provider
    public static class Validation implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid input", e.getMessage(), e.field());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, "Not found", e.getMessage());
        }
    }

    /** A change based on a version that someone else has changed since (optimistic locking). */
    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(Response.Status.CONFLICT, "Conflict", e.getMessage(), "version");
        }
    }

    /**
     * Another operator with a higher PTZ priority steers the camera: 409 naming them (a username, never anything of
     * their credentials) with {@code Retry-After} when the camera frees unless they steer it again.
     */
    @Provider
    public static class PtzSessionHeld implements ExceptionMapper<PtzSessionHeldException> {
        @Override
        public Response toResponse(PtzSessionHeldException e) {
            PtzSession holder = e.holder();
            return Response.fromResponse(Problem.response(Response.Status.CONFLICT, "PTZ held by a higher priority",
                            e.getMessage(), null, Jsons.objectBuilder().add("holder", holder.username())
                                    .add("holderPriority", holder.priority())
                                    .add("expiresAt", holder.expiresAt().toString())
                                    .add("secondsLeft", e.secondsLeft())))
                    .header("Retry-After", e.secondsLeft()).build();
        }
    }

    /** The camera's recorder did not carry out the command; the client may retry later. */
    @Provider
    public static class RecorderUnavailable implements ExceptionMapper<RecorderUnavailableException> {
        @Override
        public Response toResponse(RecorderUnavailableException e) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Recorder unavailable", e.getMessage());
        }
    }

    /** The camera, as configured, cannot do this (PTZ or outputs without ONVIF address): 409, fixable by configuration. */
    @Provider
    public static class CameraNotCapable implements ExceptionMapper<CameraNotCapableException> {
        @Override
        public Response toResponse(CameraNotCapableException e) {
            return Problem.response(Response.Status.CONFLICT, "Not supported by the camera", e.getMessage());
        }
    }

    /** The camera refused the command or did not answer its recorder: 502, the upstream device failed. */
    @Provider
    public static class CameraFailure implements ExceptionMapper<CameraFailureException> {
        @Override
        public Response toResponse(CameraFailureException e) {
            return Problem.response(Response.Status.BAD_GATEWAY, "Camera error", e.getMessage());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(Response.Status.FORBIDDEN, "Forbidden", "you do not have the right to do this");
        }
    }

    /** Body that is not JSON or does not fit the expected shape. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", "the request body is not valid JSON for this resource");
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Malformed request", "the request body could not be read");
        }
    }

    /** JAX-RS's own errors (404 for unknown paths, 405, 415...) keep their status but get a problem body. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.getStatus() == 400 && e.getCause() != null) {
                return Problem.response(Response.Status.BAD_REQUEST, "Malformed request", "the request body could not be read");
            }
            return Problem.response(original.getStatusInfo(), original.getStatusInfo().getReasonPhrase(), e.getMessage());
        }
    }

    /** Anything else is a server fault: logged here, never described to the caller. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            return serverFault(LOG, e);
        }
    }

    /** EJB wraps unexpected failures; unwrap the ones we know, hide the rest. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        private static final Logger LOG = Logger.getLogger(Ejb.class.getName());

        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ValidationException validation) {
                return new Validation().toResponse(validation);
            }
            if (cause instanceof NotFoundException notFound) {
                return new NotFound().toResponse(notFound);
            }
            if (cause instanceof ConflictException conflict) {
                return new Conflict().toResponse(conflict);
            }
            if (e instanceof EJBAccessException access) {
                return new AccessDenied().toResponse(access);
            }
            if (cause instanceof EJBAccessException access) {
                return new AccessDenied().toResponse(access);
            }
            return serverFault(LOG, e);
        }
    }

    /**
     * 503 with Retry-After when the database is unreachable (the request may simply be sent again later), otherwise
     * 500; logged, never described to the caller.
     */
    private static Response serverFault(Logger log, Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warning(() -> "request failed, the database is unavailable: " + e);
            return DatabaseUnavailable.response();
        }
        log.log(Level.WARNING, "request failed", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error", "the server could not complete the request");
    }
}
