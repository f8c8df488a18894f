package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.management.application.RecordingServerView;
import org.argusvms.management.application.StorageService;
import org.argusvms.management.application.StorageView;

import java.util.List;

import static org.argusvms.web.admin.JsonFields.text;

/**
 * {@code /admin/storages}: the storages of every recording server (docs/design/storages.md) with their usage as the
 * recorders report it; add (to the form's {@code recordingServerId}), change, remove. The EJB validates, pushes to the
 * recorder (which refuses a directory it cannot write) and audits; it refuses to remove the default storage or one
 * that cameras record to (409).
 */
@WebServlet("/admin/storages")
public class StorageServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private StorageService storages;

    @EJB
    private RecordingServerService recordingServers;

    public StorageServlet() {
        super("storage", "Only configuration administrators may see and change storages.");
    }

    @Override
    String list() {
        return RecordJson.array(all());
    }

    @Override
    String add(JsonObject body) {
        return RecordJson.object(storages.createStorage(text(body, "recordingServerId"), StorageForm.input(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return RecordJson.object(storages.changeStorage(text(body, "recordingServerId"), id, StorageForm.input(body)));
    }

    @Override
    void remove(String id) {
        StorageView storage = all().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("storage " + id + " does not exist"));
        storages.deleteStorage(storage.recordingServerId(), id);
    }

    private List<StorageView> all() {
        return recordingServers.listRecordingServers().stream().map(RecordingServerView::id)
                .flatMap(server -> AllPages.of(page -> storages.listStorages(server, null, page)).stream()).toList();
    }
}
