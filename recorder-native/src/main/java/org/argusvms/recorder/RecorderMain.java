package org.argusvms.recorder;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * {@code java -jar recorder-native.jar --id rec-1 --storage /var/lib/argus/rec-1 …}; stops cleanly on SIGTERM.
 * {@code java -jar recorder-native.jar check --storage DIR [--repair]} checks a stopped recorder's media.
 */
public final class RecorderMain {

    private static final Logger LOG = Logger.getLogger(RecorderMain.class.getName());

    private RecorderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(StorageCheckCommand.run(System.out, Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        RecorderOptions options;
        try {
            options = RecorderOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("recorder-native: " + e.getMessage());
            System.err.print(RecorderOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.print(RecorderOptions.USAGE);
            return;
        }
        Recorder recorder;
        try {
            recorder = Recorder.start(options);
        } catch (IOException | RuntimeException e) {
            System.err.println("recorder-native: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            recorder.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }
}
