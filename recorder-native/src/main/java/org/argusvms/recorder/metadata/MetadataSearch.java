package org.argusvms.recorder.metadata;

import org.argusvms.recorder.storage.HourlyFiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a camera's stored metadata documents of a time range, oldest first, at most a given number. */
public final class MetadataSearch {

    private final HourlyFiles files;

    public MetadataSearch(HourlyFiles files) {
        this.files = files;
    }

    /** The documents found, and whether more lay in the range than were returned. */
    public record Result(List<Stored> documents, boolean truncated) {
    }

    /** A stored document: its time and XML. */
    public record Stored(long epochMillis, byte[] xml) {
    }

    public Result documents(String cameraId, long fromMillis, long toMillis, int maxDocuments) throws IOException {
        List<Stored> found = new ArrayList<>();
        long firstHour = HourlyFiles.hourOf(Math.floorDiv(fromMillis, 1000));
        for (long hour = firstHour; hour * 1000 < toMillis; hour += HourlyFiles.SECONDS_PER_HOUR) {
            List<MetadataFile.Entry> entries = MetadataFile.read(files.hourFile(cameraId, hour), hour, fromMillis,
                    toMillis).entries().stream()
                    .sorted((a, b) -> Long.compare(a.epochMillis(), b.epochMillis())).toList();
            for (MetadataFile.Entry entry : entries) {
                if (found.size() == maxDocuments) {
                    return new Result(found, true);
                }
                found.add(new Stored(entry.epochMillis(), entry.xml()));
            }
        }
        return new Result(found, false);
    }
}
