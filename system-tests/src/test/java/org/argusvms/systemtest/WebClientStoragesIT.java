package org.argusvms.systemtest;

import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configuration page's storages in headless Chromium (docs/web-client.md): an administrator adds a storage to the
 * recording server, bad values are refused next to their fields and store nothing, the usage the recorder reports is
 * shown, a camera is assigned to the storage in the camera form, and deleting the storage it records to is refused.
 */
class WebClientStoragesIT extends BrowserIT {

    private static final String STORAGES = "/recording-servers/" + ArgusStack.RECORDER_ID + "/storages";

    private final ApiClient api = ArgusStack.api();
    /** REST paths deleted after the test, in order. */
    private final List<String> cleanup = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestCreated() {
        cleanup.forEach(path -> api.delete(path, adminToken()));
    }

    @Test
    void anAdministratorAddsAStorageAndRecordsACameraThere() throws IOException {
        ArgusStack.ensureDemoCamera();
        String marker = String.valueOf(System.nanoTime());
        String cameraName = "Storage web " + marker;
        String camera = ArgusStack.ensureCamera(cameraName, "cam4");
        cleanup.add("/cameras/" + camera);
        String storageName = "Second disk " + marker;
        Path directory = Files.createDirectories(ArgusStack.recorderStorage().resolveSibling("storages-web-it")
                .resolve(marker)).toAbsolutePath().normalize();
        int storagesBefore = storageCount();

        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage page = AdminPage.open(browser);
        page.click("storage-add");
        // other recorders (the benchmark smoke run's, offline by now) may be listed first
        page.choose("storage-form", "recordingServerId", ArgusStack.RECORDER_ID);
        page.fill("storage-form", "name", storageName);
        page.fill("storage-form", "path", "media/second");
        page.save("storage");
        assertTrue(page.fieldError("storage-form", "path").contains("absolute"));
        page.fill("storage-form", "path", directory.toString());
        page.fill("storage-form", "maxSizeGiB", "0");
        page.save("storage");
        assertTrue(page.fieldError("storage-form", "maxSizeGiB").contains("GiB"));
        browser.screenshot("60-storage-refused");
        assertEquals(storagesBefore, storageCount(), "a refused storage is not stored");

        page.fill("storage-form", "maxSizeGiB", "5");
        page.fill("storage-form", "retentionDays", "14");
        page.save("storage");
        String storage = page.listedAttribute("storage-list", storageName, "data-storage-id");
        cleanup.add(STORAGES + "/" + storage);
        String row = browser.await("the storage's row", AdminPage.PAGE, d -> d.findElement(By.cssSelector(
                "#storage-list tr[data-storage-id='" + storage + "']")).getText());
        assertTrue(row.contains("14 days, 5 GiB"), row);
        assertTrue(row.contains(directory.toString()), row);
        browser.await("the storage's usage", AdminPage.PAGE, d -> d.findElement(By.cssSelector(
                "#storage-list tr[data-storage-id='" + storage + "'] .storage-usage")).getText().contains("free of")
                ? true : null);

        page.clickInRow("#camera-list tr[data-camera-id='" + camera + "']", ".camera-edit");
        page.choose("camera-form", "storageId", storage);
        page.save("camera");
        browser.await("the camera assigned", AdminPage.PAGE, d ->
                storage.equals(api.get("/cameras/" + camera, adminToken()).json().getString("storageId", null))
                        ? true : null);
        browser.screenshot("61-camera-on-storage");

        page.clickInRow("#storage-list tr[data-storage-id='" + storage + "']", ".storage-delete");
        page.clickInRow("#storage-list tr[data-storage-id='" + storage + "']", ".storage-delete-confirm");
        String refusal = browser.await("the refused delete", AdminPage.PAGE, d -> {
            WebElement status = d.findElement(By.id("storage-status"));
            return status.isDisplayed() && !status.getText().isEmpty() ? status.getText() : null;
        });
        assertTrue(refusal.contains(cameraName), refusal);
        JsonObject kept = api.get(STORAGES + "/" + storage, adminToken()).json();
        assertEquals(storageName, kept.getString("name"), "the storage a camera records to stays");
    }

    private int storageCount() {
        return api.get(STORAGES, adminToken()).jsonArray().size();
    }

    private String adminToken() {
        return api.token("admin", "admin");
    }
}
