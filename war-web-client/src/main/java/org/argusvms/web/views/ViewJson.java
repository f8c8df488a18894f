package org.argusvms.web.views;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.management.application.ViewDetails;
import org.argusvms.management.application.ViewTileDetails;

import java.util.List;
import org.argusvms.json.Jsons;

/** The JSON bodies of {@code /views}, read by views.js. Restricted tiles carry no camera, as in the REST API. */
final class ViewJson {

    private ViewJson() {
    }

    /** {@code [{"id","name","shared"},…]}: what the picker lists. */
    static String list(List<ViewDetails> views) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        views.forEach(view -> array.add(Jsons.objectBuilder().add("id", view.id()).add("name", view.name())
                .add("shared", view.shared())));
        return array.build().toString();
    }

    /** {@code {"id","name","shared","rows","columns","version","tiles":[{"position","cameraId","cameraName"} | {"position","restricted":true}]}} */
    static String view(ViewDetails view) {
        JsonArrayBuilder tiles = Jsons.arrayBuilder();
        for (ViewTileDetails tile : view.tiles()) {
            JsonObjectBuilder json = Jsons.objectBuilder().add("position", tile.position());
            if (tile.restricted()) {
                json.add("restricted", true);
            } else {
                json.add("cameraId", tile.cameraId()).add("cameraName", tile.cameraName());
            }
            tiles.add(json);
        }
        return Jsons.objectBuilder().add("id", view.id()).add("name", view.name()).add("shared", view.shared())
                .add("rows", view.rows()).add("columns", view.columns()).add("version", view.version())
                .add("tiles", tiles).build().toString();
    }

    static String error(String message) {
        return Jsons.objectBuilder().add("error", message).build().toString();
    }
}
