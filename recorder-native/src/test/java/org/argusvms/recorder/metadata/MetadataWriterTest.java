package org.argusvms.recorder.metadata;

import org.argusvms.recorder.storage.HourlyFiles;
import org.argusvms.recorder.storage.StorageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataWriterTest {

    private static final long T0 = Instant.parse("2026-03-01T10:59:59Z").toEpochMilli();

    @TempDir
    Path storage;

    private HourlyFiles files() {
        return MetadataFiles.of(new StorageLayout(storage));
    }

    @Test
    void storesDocumentsPerHourCompressedAndFindsThemByTime() throws Exception {
        byte[] first = OnvifMetadataSamples.motion("2026-03-01T10:59:59Z", true);
        byte[] second = OnvifMetadataSamples.motion("2026-03-01T11:00:00.500Z", false);
        try (MetadataWriter writer = new MetadataWriter(files(), "cam-a")) {
            writer.append(new MetadataDocument(first, T0));
            writer.append(new MetadataDocument(second, T0 + 1500));
        }

        MetadataSearch.Result all = new MetadataSearch(files()).documents("cam-a", T0 - 1000, T0 + 5000, 100);
        MetadataSearch.Result later = new MetadataSearch(files()).documents("cam-a", T0 + 1, T0 + 5000, 100);
        MetadataSearch.Result one = new MetadataSearch(files()).documents("cam-a", T0 - 1000, T0 + 5000, 1);

        assertEquals(List.of(T0, T0 + 1500), all.documents().stream().map(MetadataSearch.Stored::epochMillis).toList());
        assertArrayEquals(second, all.documents().get(1).xml());
        assertEquals(1, later.documents().size());
        assertTrue(one.truncated());
        Path hourFile = files().hourFile("cam-a", T0 / 1000 - 3599);
        assertEquals(storage.resolve("cam-a/metadata/2026-03-01/10.onvif"), hourFile);
        assertTrue(Files.size(hourFile) < first.length, "deflated: " + Files.size(hourFile) + " bytes");
    }

    @Test
    void aTornTailIsSkippedByReadersAndTruncatedByTheNextWriter() throws Exception {
        byte[] document = OnvifMetadataSamples.motion("2026-03-01T10:59:59Z", true);
        try (MetadataWriter writer = new MetadataWriter(files(), "cam-a")) {
            writer.append(new MetadataDocument(document, T0));
            writer.append(new MetadataDocument(document, T0 + 100));
        }
        Path hourFile = files().hourFile("cam-a", T0 / 1000 - 3599);
        long intact = Files.size(hourFile);
        try (FileChannel channel = FileChannel.open(hourFile, StandardOpenOption.WRITE)) {
            channel.truncate(intact - 3); // a crash in the middle of the last record
        }
        Files.write(hourFile, new byte[4096], StandardOpenOption.APPEND); // and a zero-filled block after it

        assertEquals(1, new MetadataSearch(files()).documents("cam-a", T0, T0 + 1000, 100).documents().size());
        try (MetadataWriter writer = new MetadataWriter(files(), "cam-a")) {
            writer.append(new MetadataDocument("<x/>".getBytes(StandardCharsets.UTF_8), T0 + 200));
        }
        List<MetadataSearch.Stored> stored = new MetadataSearch(files()).documents("cam-a", T0, T0 + 1000, 100)
                .documents();
        assertEquals(List.of(T0, T0 + 200), stored.stream().map(MetadataSearch.Stored::epochMillis).toList());
    }

    @Test
    void retentionFindsAndDeletesTheHours() throws Exception {
        try (MetadataWriter writer = new MetadataWriter(files(), "cam-a")) {
            writer.append(new MetadataDocument(new byte[] {'<', 'a', '/', '>'}, T0));
        }
        long hour = T0 / 1000 - 3599;

        assertEquals(List.of(hour), files().hours("cam-a"));
        files().deleteHour("cam-a", hour);
        assertEquals(List.of(), files().hours("cam-a"));
    }
}
