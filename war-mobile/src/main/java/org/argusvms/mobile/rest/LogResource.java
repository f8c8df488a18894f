package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.argusvms.events.application.LogEntryView;
import org.argusvms.events.application.LogFilter;
import org.argusvms.events.application.LogService;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The system-wide log (system, audit and rule-triggered entries), newest first, for administrators of the SECURITY
 * area (enforced by the EJB): search as JSON pages, or export as CSV.
 */
@RequestScoped
@Path("/logs")
@Produces(MediaType.APPLICATION_JSON)
public class LogResource {

    static final String CSV = "text/csv";
    static final List<String> CSV_HEADER = List.of("occurredAt", "kind", "level", "source", "user", "category",
            "message", "origin", "receivedAt", "id");
    private static final int CHUNK = 1000;

    @Inject
    private LogService logs;

    @GET
    public List<LogEntryView> search(@BeanParam LogFilterParameters parameters) {
        return logs.search(parameters.filter(), parameters.page());
    }

    /**
     * At most {@link LogService#EXPORT_MAX_ROWS} rows, streamed chunk by chunk. The first chunk is read before the
     * response starts, so a refusal or a bad filter still gets its 403 or 400.
     */
    @GET
    @Path("/export.csv")
    @Produces(CSV + "; charset=UTF-8")
    public Response export(@BeanParam LogFilterParameters parameters) {
        LogFilter filter = parameters.filter();
        List<LogEntryView> first = logs.exportChunk(filter, null, CHUNK);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(writer);
            csv.row(CSV_HEADER);
            writeAll(filter, first, csv);
            writer.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"argus-log.csv\"").build();
    }

    private void writeAll(LogFilter filter, List<LogEntryView> first, CsvWriter csv) throws IOException {
        List<LogEntryView> chunk = first;
        int written = 0;
        while (!chunk.isEmpty() && written < LogService.EXPORT_MAX_ROWS) {
            for (LogEntryView entry : chunk.subList(0, Math.min(chunk.size(), LogService.EXPORT_MAX_ROWS - written))) {
                csv.row(row(entry));
                written++;
            }
            chunk = chunk.size() < CHUNK ? List.of() : logs.exportChunk(filter, chunk.get(chunk.size() - 1), CHUNK);
        }
    }

    static List<String> row(LogEntryView entry) {
        return Arrays.asList(entry.occurredAt().toString(), entry.kind(), entry.level(), entry.source(), entry.user(),
                entry.category(), entry.message(), entry.origin(), entry.receivedAt().toString(), entry.id());
    }
}
