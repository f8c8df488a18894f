package org.argusvms.recorder.storage;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecordingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameraConfigurationStoreTest {

    @TempDir
    Path directory;

    private final CameraConfiguration first = new CameraConfiguration("cam-1", "Entrance",
            URI.create("rtsp://10.0.0.5:554/stream1"), "viewer", "s3cret", RecordingMode.ALWAYS, true);
    private final CameraConfiguration second = new CameraConfiguration("cam-2", "Yard",
            URI.create("rtsp://10.0.0.6/live"), null, null, RecordingMode.OFF, false);

    @Test
    void returnsWhatWasSavedLast() throws Exception {
        CameraConfigurationStore store = new CameraConfigurationStore(directory.resolve("state/cameras.json"));

        store.save(List.of(first));
        store.save(List.of(first, second));

        assertEquals(List.of(first, second), store.load());
    }

    @Test
    void isReadableByTheOwnerOnlyAndLeavesNoTemporaryFiles() throws Exception {
        Path file = directory.resolve("cameras.json");
        CameraConfigurationStore store = new CameraConfigurationStore(file);

        store.save(List.of(first));
        store.save(List.of(second));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void startsEmptyWithoutAFile() throws Exception {
        assertEquals(List.of(), new CameraConfigurationStore(directory.resolve("none.json")).load());
    }

    @Test
    void movesAnUnreadableFileAsideInsteadOfLosingIt() throws Exception {
        Path file = directory.resolve("cameras.json");
        Files.writeString(file, "{\"cameras\": [ {\"cameraId\": ");

        assertEquals(List.of(), new CameraConfigurationStore(file).load());

        try (Stream<Path> files = Files.list(directory)) {
            List<Path> remaining = files.toList();
            assertEquals(1, remaining.size());
            assertTrue(remaining.get(0).getFileName().toString().startsWith("cameras.json.unreadable-"));
        }
    }
}
