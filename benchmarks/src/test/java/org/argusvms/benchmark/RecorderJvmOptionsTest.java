package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RecorderJvmOptionsTest {

    @TempDir
    Path module;

    @Test
    void optionsComeFromJvmOptionsBesideTheJarsTargetDirectoryWithoutComments() throws Exception {
        Files.writeString(module.resolve("jvm.options"), "# why\n-XX:+UseSerialGC\n\n  -XX:TieredStopAtLevel=1  # C1\n");

        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                RecorderJvmOptions.forJar(module.resolve("target/recorder-native.jar")));
    }

    @Test
    void aJarWithoutTheFileRunsWithoutOptions() {
        assertEquals(List.of(), RecorderJvmOptions.forJar(module.resolve("target/recorder-native.jar")));
    }

    @Test
    void theRepositorysRecorderHasOptions() {
        assertFalse(RecorderJvmOptions.forJar(Path.of("../recorder-native/target/recorder-native.jar")).isEmpty(),
                "benchmarks measure the recorder with the options bin/demo runs it with");
    }
}
