package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A benchmark's result as {@code <name>.json} (pretty) and {@code <name>.md} (its table) in the output directory. */
final class ResultFiles {

    private ResultFiles() {
    }

    static void write(Path output, String name, JsonObject json, String table) throws IOException {
        JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter text = new StringWriter();
        pretty.createWriter(text).write(json);
        Files.createDirectories(output);
        Files.writeString(output.resolve(name + ".json"), text.toString().strip() + "\n");
        Files.writeString(output.resolve(name + ".md"), table + "\n");
        System.out.println(table);
        System.out.println("results: " + output.resolve(name + ".json"));
    }
}
