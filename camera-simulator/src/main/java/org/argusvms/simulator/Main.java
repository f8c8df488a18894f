package org.argusvms.simulator;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar camera-simulator.jar --port 8554 --cameras 3}: serves cameras until interrupted. */
public final class Main {

    private static final int EXIT_USAGE = 2;
    private static final int EXIT_FAILURE = 1;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        }
        Optional<SimulatorConfig> config;
        try {
            config = CommandLineOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(CommandLineOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (config.isEmpty()) {
            System.out.print(CommandLineOptions.USAGE);
            return;
        }
        CameraSimulator simulator;
        try {
            simulator = CameraSimulator.start(config.get());
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(EXIT_FAILURE);
            return;
        }
        simulator.cameraNames().forEach(name -> System.out.println(simulator.url(name)));
        if (simulator.controlPort() >= 0) {
            System.out.println("fault control: http://" + config.get().bindAddress().getHostAddress() + ":"
                    + simulator.controlPort() + "/faults");
        }
        if (simulator.onvifPort() >= 0) {
            simulator.cameraNames().forEach(name -> System.out.println("onvif: " + simulator.onvifAddress(name)));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "argus-sim-shutdown"));
        // The simulator's threads are daemons; this thread keeps the process alive until it is killed.
        new CountDownLatch(1).await();
    }
}
