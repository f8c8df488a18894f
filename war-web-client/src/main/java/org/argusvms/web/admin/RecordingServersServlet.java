package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.web.JsonCalls;

import java.io.IOException;

/**
 * {@code GET /admin/recording-servers}: the recorders, online or not, with their camera counts (read-only: recorders
 * register themselves). {@code GET /monitor/snapshot}: the system monitor's snapshot of the same recorders and the
 * state of every camera the user may see, as its recorder reports it, polled by the monitor every few seconds.
 * {@link ConfigurationAccessFilter} and {@link SystemMonitorAccessFilter} admit who may read each.
 */
@WebServlet({"/admin/recording-servers", "/monitor/snapshot"})
public class RecordingServersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(RecordingServersServlet.class.getName());

    @EJB
    private CameraService cameras;

    @EJB
    private RecordingServerService recordingServers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean monitor = "/monitor/snapshot".equals(request.getServletPath());
        JsonCalls.answer(response, () -> monitor
                ? SystemMonitorJson.snapshot(recordingServers.listRecordingServers(), cameras.listCameras())
                : ConfigurationJson.recordingServers(recordingServers.listRecordingServers(), cameras.listCameras()),
                LOG, "The configuration is unavailable right now.");
    }
}
