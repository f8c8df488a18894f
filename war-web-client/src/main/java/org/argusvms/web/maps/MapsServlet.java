package org.argusvms.web.maps;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.MapInput;
import org.argusvms.management.application.MapService;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.RequestIds;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The maps page's calls, on the web client's own session (the EJBs run as its user and check the rights):
 * <ul>
 * <li>{@code GET /maps-data}: the maps; {@code GET /maps-data?id=ID}: one map, its cameras with their live state,</li>
 * <li>{@code POST /maps-data} (JSON {name}): a new map,</li>
 * <li>{@code PUT /maps-data?id=ID} (JSON {version, placements}): the cameras on the map,</li>
 * <li>{@code DELETE /maps-data?id=ID&version=N}: deletes the map.</li>
 * </ul>
 * Changes need a JSON body or the DELETE method, neither of which a cross-site form can send.
 */
@WebServlet(urlPatterns = "/maps-data")
public class MapsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(MapsServlet.class.getName());

    @EJB
    private MapService maps;

    @EJB
    private CameraService cameras;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        answer(response, () -> id == null
                ? MapJson.list(maps.listMaps(null, new PageRequest(0, PageRequest.MAX_LIMIT)))
                : MapJson.map(maps.findMap(mapId(id)).orElseThrow(() -> new NotFoundException("This map does not exist.")),
                visibleCameras()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        answer(response, () -> {
            JsonObject body = JsonCalls.readObject(request);
            return MapJson.map(maps.createMap(new MapInput(body.getString("name", null), null)), Map.of());
        });
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        answer(response, () -> {
            String id = mapId(request.getParameter("id"));
            return MapJson.map(maps.placeCameras(id, MapJson.placements(JsonCalls.readObject(request))), visibleCameras());
        });
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            maps.deleteMap(mapId(request.getParameter("id")), version(request.getParameter("version")));
            return "{}";
        });
    }

    private Map<String, CameraView> visibleCameras() {
        return cameras.listCameras().stream().collect(Collectors.toMap(CameraView::id, Function.identity()));
    }

    static String mapId(String parameter) {
        return RequestIds.of(parameter).orElseThrow(() -> new ValidationException("id", "The parameter 'id' must be a map id."));
    }

    /** The optional {@code version} parameter a change is based on. */
    static Long version(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(parameter.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("version", "The parameter 'version' must be the map's version.");
        }
    }

    private static void answer(HttpServletResponse response, JsonCalls.Call call) throws IOException {
        JsonCalls.answer(response, call, LOG, "Maps are unavailable right now.");
    }
}
