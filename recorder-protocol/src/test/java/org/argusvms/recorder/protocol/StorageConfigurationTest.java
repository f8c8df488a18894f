package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The storage messages and the path rules both sides apply. */
class StorageConfigurationTest {

    private static final StorageConfiguration MAIN = new StorageConfiguration("s-1", "Main", "/var/lib/argus", null,
            null, true);
    private static final StorageConfiguration FAST = new StorageConfiguration("s-2", "Fast", "/mnt/ssd/argus", 7,
            50L << 30, false);

    @Test
    void aStorageSetTravelsUnchanged() throws ProtocolException {
        assertEquals(List.of(MAIN, FAST),
                StorageConfiguration.listFromJson(StorageConfiguration.listToJson(List.of(MAIN, FAST))));
    }

    @Test
    void aSetNeedsExactlyOneDefaultAndUniqueIds() {
        ProtocolException noDefault = assertThrows(ProtocolException.class,
                () -> StorageConfiguration.listFromJson(StorageConfiguration.listToJson(List.of(FAST))));
        assertEquals(ErrorCode.INVALID_ARGUMENT, noDefault.code());
        assertThrows(ProtocolException.class,
                () -> StorageConfiguration.listFromJson(StorageConfiguration.listToJson(List.of(MAIN, MAIN))));
    }

    @Test
    void relativeClimbingAndControlCharacterPathsAreRefused() {
        assertTrue(StoragePaths.problem("media/archive").contains("absolute"));
        assertTrue(StoragePaths.problem("/data/../etc").contains(".."));
        assertTrue(StoragePaths.problem("/data/a\nb").contains("control"));
        assertTrue(StoragePaths.problem(" ").contains("required"));
        assertNull(StoragePaths.problem("/data/argus media"));
        assertNull(StoragePaths.problem("D:\\argus\\media"));
        ProtocolException refused = assertThrows(ProtocolException.class, () -> StorageConfiguration.fromJson(
                Json.createObjectBuilder().add("storageId", "s").add("path", "/a/./b").add("default", true).build()));
        assertTrue(refused.getMessage().contains("'.'"), refused.getMessage());
    }

    @Test
    void limitsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StorageConfiguration("s", "S", "/a", 0, null, true));
        assertThrows(IllegalArgumentException.class, () -> new StorageConfiguration("s", "S", "/a", 3651, null, true));
        assertThrows(IllegalArgumentException.class, () -> new StorageConfiguration("s", "S", "/a", null, 0L, true));
    }

    @Test
    void usageTravelsWithAndWithoutAnOldestRecording() throws ProtocolException {
        List<StorageUsage> usages = List.of(new StorageUsage("s-1", 100, 40, 50, Instant.parse("2026-11-26T07:00:00Z")),
                new StorageUsage("s-2", 10, 0, 9, null));
        assertEquals(usages, StorageUsage.listFromJson(StorageUsage.listToJson(usages)));
    }

    @Test
    void aCameraNamesItsStorageOnlyWhenItHasOne() throws ProtocolException {
        CameraConfiguration camera = new CameraConfiguration("cam-1", "Gate", java.net.URI.create("rtsp://10.0.0.5/s"),
                null, null, RecordingMode.ALWAYS, true);
        assertNull(CameraConfiguration.fromJson(camera.toJson()).storageId());
        assertEquals("s-2", CameraConfiguration.fromJson(camera.withStorageId("s-2").toJson()).storageId());
    }
}
