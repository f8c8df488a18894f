package org.argusvms.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options a recorder that receives media is launched with, so that benchmarks measure it as {@code bin/demo}
 * runs it: {@code jvm.options} of the recorder-native module (the jar's {@code target/} parent), one option per
 * line, {@code #} starts a comment. None when the file is absent (a jar from elsewhere).
 */
final class RecorderJvmOptions {

    private RecorderJvmOptions() {
    }

    static List<String> forJar(Path recorderJar) {
        Path target = recorderJar.toAbsolutePath().getParent();
        Path file = target == null || target.getParent() == null ? null : target.getParent().resolve("jvm.options");
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(option -> !option.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
