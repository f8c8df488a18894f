package org.argusvms.recorder;

import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.MediaRecovery;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar recorder-native.jar check --storage DIR [--repair]}: verifies every segment file and the index
 * (docs/design/media-database.md, "Recovery"). Exit code 0: clean; 1: problems found (fixed with --repair); 2: the
 * command could not run (usage, storage in use by a recorder, I/O error).
 */
public final class StorageCheckCommand {

    static final String USAGE = """
            Usage: java -jar recorder-native.jar check --storage DIR [--repair]

              Verifies the recordings in DIR: every segment file ends on a complete fragment, the index lists every
              file and only existing ones. Without --repair nothing is changed. Exit 0 clean, 1 problems found,
              2 could not check. Stop the recorder first: check refuses a storage directory in use.
            """;

    private StorageCheckCommand() {
    }

    public static int run(PrintStream out, String... args) {
        Path storage = null;
        boolean repair = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repair" -> repair = true;
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--storage" -> storage = i + 1 < args.length ? Path.of(args[++i]) : null;
                default -> {
                    out.println("check: unknown argument " + args[i]);
                    out.print(USAGE);
                    return 2;
                }
            }
        }
        if (storage == null || !Files.isDirectory(storage)) {
            out.println("check: --storage must name an existing directory");
            out.print(USAGE);
            return 2;
        }
        StorageLayout layout = new StorageLayout(storage);
        try (MediaDatabase.MediaLock ignored = MediaDatabase.MediaLock.acquire(layout)) {
            MediaRecovery.Result result = new MediaRecovery(layout).run(true, repair);
            result.problems().forEach(problem -> out.println("problem: " + problem));
            out.println(result.records().size() + " segment(s), " + result.problems().size() + " problem(s)"
                    + (result.clean() ? "" : repair ? ", repaired" : ", run with --repair to fix"));
            return result.clean() ? 0 : 1;
        } catch (IOException e) {
            out.println("check: " + e.getMessage());
            return 2;
        }
    }
}
