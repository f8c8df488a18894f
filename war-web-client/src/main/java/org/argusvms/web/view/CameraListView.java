package org.argusvms.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.argusvms.management.application.CameraService;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The camera list of the live page. The live tiles themselves are driven in the browser (live-wall.js) so that
 * refreshing this list never tears down a playing video.
 */
@Named
@ViewScoped
public class CameraListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(CameraListView.class.getName());

    @EJB
    private CameraService cameraService;

    private List<CameraRow> cameras = List.of();
    private String loadError;

    @PostConstruct
    void load() {
        try {
            cameras = cameraService.listCameras().stream()
                    .map(CameraRow::new)
                    .sorted(Comparator.comparing(CameraRow::getName, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            loadError = null;
        } catch (EJBAccessException e) {
            cameras = List.of();
            loadError = "Your account may not list cameras. Ask an administrator for the operator role.";
        } catch (EJBException e) {
            // Keep the page (and any playing tiles) usable; the operator can retry with Refresh.
            LOG.log(System.Logger.Level.WARNING, "Camera list could not be loaded", e);
            loadError = "The camera list is unavailable right now. Try Refresh in a moment.";
        }
    }

    /** Action of the Refresh button (an Ajax request that re-renders only the list). */
    public void refresh() {
        load();
    }

    public List<CameraRow> getCameras() {
        return cameras;
    }

    public String getLoadError() {
        return loadError;
    }
}
