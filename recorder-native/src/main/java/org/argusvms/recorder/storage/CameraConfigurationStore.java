package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.ProtocolException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * The camera configurations last applied by the management server, kept in the storage directory so that a
 * restarted recorder records its cameras again while WildFly is still down. The file holds camera credentials: it is
 * readable by the recorder's user only.
 */
public final class CameraConfigurationStore {

    private static final Logger LOG = Logger.getLogger(CameraConfigurationStore.class.getName());
    private static final int FORMAT_VERSION = 1;

    private final Path file;

    public CameraConfigurationStore(Path file) {
        this.file = file;
    }

    /**
     * Returns the stored configurations, none if there is no file yet. An unreadable file is moved aside (and
     * logged) rather than silently overwritten by the next save.
     */
    public List<CameraConfiguration> load() throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            JsonArray cameras = reader.readObject().getJsonArray("cameras");
            if (cameras == null) {
                throw new JsonException("no \"cameras\" array");
            }
            List<CameraConfiguration> configurations = new ArrayList<>();
            for (JsonValue camera : cameras) {
                configurations.add(CameraConfiguration.fromJson(camera.asJsonObject()));
            }
            return configurations;
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JsonException | ClassCastException | ProtocolException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            LOG.severe(() -> "camera configuration file " + file + " is unreadable (" + e.getMessage()
                    + "); moved to " + aside + ", starting without cameras until the management server pushes them");
            return List.of();
        }
    }

    public void save(Collection<CameraConfiguration> configurations) throws IOException {
        JsonArrayBuilder cameras = Json.createArrayBuilder();
        configurations.forEach(configuration -> cameras.add(configuration.toJson()));
        JsonObject document = Json.createObjectBuilder()
                .add("version", FORMAT_VERSION).add("cameras", cameras).build();
        AtomicFiles.write(file, document.toString().getBytes(StandardCharsets.UTF_8));
    }
}
