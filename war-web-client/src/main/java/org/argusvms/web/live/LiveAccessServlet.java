package org.argusvms.web.live;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.web.JsonReply;
import org.argusvms.web.RequestIds;
import org.argusvms.management.application.LiveAccessService;
import org.argusvms.management.application.NotFoundException;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /argus/live-access?camera=ID}: a fresh WebSocket URL with a signed, short-lived media ticket for one
 * camera. The live player asks again on every (re)connect, so a revoked right or an ended session stops live
 * video at the next reconnect. The EJB runs as the session's user and decides whether they may watch.
 */
@WebServlet(urlPatterns = "/live-access")
public class LiveAccessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(LiveAccessServlet.class.getName());
    static final int MAX_CAMERA_ID_LENGTH = RequestIds.MAX_LENGTH;

    @EJB
    private LiveAccessService liveAccessService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> cameraId = cameraIdOf(request.getParameter("camera"));
        if (cameraId.isEmpty()) {
            send(response, HttpServletResponse.SC_BAD_REQUEST,
                    LiveAccessJson.error("The parameter 'camera' must be a camera id."));
            return;
        }
        try {
            send(response, HttpServletResponse.SC_OK,
                    LiveAccessJson.grant(liveAccessService.openLive(cameraId.get())));
        } catch (NotFoundException e) {
            send(response, HttpServletResponse.SC_NOT_FOUND, LiveAccessJson.error("This camera does not exist."));
        } catch (EJBAccessException e) {
            send(response, HttpServletResponse.SC_FORBIDDEN,
                    LiveAccessJson.error("You may not watch this camera."));
        } catch (EJBException e) {
            // The reply carries a ticket, so log only the camera, never the URL.
            LOG.log(System.Logger.Level.WARNING, "Live access for camera " + cameraId.get() + " failed", e);
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    LiveAccessJson.error("Live video is unavailable right now."));
        }
    }

    /** A usable camera id, or empty for a missing, blank, oversized or control-character-laden parameter. */
    public static Optional<String> cameraIdOf(String parameter) {
        return RequestIds.of(parameter);
    }

    /** Tickets and views are personal: {@link JsonReply} keeps them out of every cache. */
    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        JsonReply.send(response, status, json);
    }
}
