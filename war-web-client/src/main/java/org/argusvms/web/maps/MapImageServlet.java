package org.argusvms.web.maps;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.MapImage;
import org.argusvms.management.application.MapService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.JsonReply;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A map's picture for the maps page: {@code GET /map-image?id=ID} serves it with the map's version as ETag (the
 * browser revalidates and gets 304 while it is unchanged); {@code PUT /map-image?id=ID&version=N} with the raw PNG or
 * JPEG bytes replaces it. A cross-site form cannot send an image Content-Type, and the server checks the bytes anyway.
 */
@WebServlet(urlPatterns = "/map-image")
public class MapImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(MapImageServlet.class.getName());

    @EJB
    private MapService maps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MapImage> image;
        try {
            image = maps.findImage(MapsServlet.mapId(request.getParameter("id")));
        } catch (ValidationException e) {
            JsonReply.send(response, HttpServletResponse.SC_BAD_REQUEST, JsonCalls.error(e.getMessage()));
            return;
        } catch (EJBAccessException e) {
            JsonReply.send(response, HttpServletResponse.SC_FORBIDDEN, JsonCalls.error("You may not read maps."));
            return;
        } catch (EJBException e) {
            LOG.log(System.Logger.Level.WARNING, "Map picture could not be read", e);
            JsonReply.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    JsonCalls.error("Maps are unavailable right now."));
            return;
        }
        if (image.isEmpty()) {
            JsonReply.send(response, HttpServletResponse.SC_NOT_FOUND, JsonCalls.error("This map has no picture."));
            return;
        }
        String etag = "\"" + image.get().version() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(image.get().mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] content = image.get().content();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !(contentType.startsWith("image/png") || contentType.startsWith("image/jpeg"))) {
            JsonReply.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    JsonCalls.error("Send a PNG or JPEG picture."));
            return;
        }
        if (request.getContentLengthLong() > MapImage.MAX_BYTES) {
            tooLarge(response);
            return;
        }
        byte[] content;
        try (InputStream body = request.getInputStream()) {
            content = body.readNBytes(MapImage.MAX_BYTES + 1);
        }
        if (content.length > MapImage.MAX_BYTES) {
            tooLarge(response);
            return;
        }
        JsonCalls.answer(response, () -> MapJson.summary(maps.uploadImage(MapsServlet.mapId(request.getParameter("id")),
                content, MapsServlet.version(request.getParameter("version")))).build().toString(),
                LOG, "Maps are unavailable right now.");
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        JsonReply.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                JsonCalls.error("The picture may have at most 5 MB."));
    }
}
