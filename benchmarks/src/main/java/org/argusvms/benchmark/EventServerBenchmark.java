package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * B8 of the brief: generic events sent over TCP (port 1234) are matched, stored, published and pushed to WebSocket
 * subscribers. Measures the latency (send → subscriber receive) at a fixed rate, then steps the offered rate up
 * until the subscribers fall behind, and proves the events were stored. Artemis's own perf client on a standalone
 * broker is measured in the same run as the peer.
 */
public final class EventServerBenchmark {

    /** What to run; {@code artemisHome} null skips the peer. */
    public record Settings(StackEndpoints stack, int connections, int subscribers, Duration warmup, int latencyRate,
                           Duration latencyDuration,
                           List<Integer> stepRates, Duration stepDuration, Duration drainTimeout, Path artemisHome,
                           Duration peerDuration, Path workDir) {
    }

    /** One rate step: offered and achieved send rate, delivery during the step and the backlog it left. */
    public record Step(int offeredPerSecond, double sentPerSecond, long sent, long deliveredDuringStep,
                       long backlogAtEnd, double drainSeconds, int connectionsDropped, boolean sustained,
                       double loadAverage) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("offeredPerSecond", offeredPerSecond)
                    .add("sentPerSecond", Latencies.round(sentPerSecond)).add("sent", sent)
                    .add("deliveredPerSubscriberDuringStep", deliveredDuringStep).add("backlogAtEnd", backlogAtEnd)
                    .add("drainSeconds", Latencies.round(drainSeconds))
                    .add("senderConnectionsClosedByServer", connectionsDropped).add("sustained", sustained)
                    .add("loadAverage1m", loadAverage).build();
        }
    }

    /** Everything measured. */
    public record Result(Settings settings, Instant at, Latencies.Summary latency, double latencyLoadAverage,
                         double[] latencyMachineCpu, long latencySent,
                         long latencyReceivedBySlowestSubscriber, List<Step> steps, long sentTotal,
                         long receivedBySlowestSubscriber, long stored, int senderConnectionsClosedByServer,
                         List<String> subscriberProblems,
                         List<ArtemisPerfPeer.Run> peer) {

        /** The highest offered rate that the subscribers kept up with (0 if none). */
        public int sustainedPerSecond() {
            return steps.stream().filter(Step::sustained).mapToInt(Step::offeredPerSecond).max().orElse(0);
        }

        /** The highest delivery rate per subscriber seen within any step. */
        public double peakDeliveredPerSecond() {
            return steps.stream().mapToDouble(s -> s.deliveredDuringStep() / (double) settings.stepDuration().toSeconds())
                    .max().orElse(0);
        }

        public JsonObject toJson() {
            JsonArrayBuilder stepArray = Json.createArrayBuilder();
            steps.forEach(step -> stepArray.add(step.toJson()));
            JsonArrayBuilder peerArray = Json.createArrayBuilder();
            peer.forEach(run -> peerArray.add(run.toJson()));
            JsonArrayBuilder problems = Json.createArrayBuilder();
            subscriberProblems.forEach(problems::add);
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("benchmark", "B8 generic events over TCP → stored → pushed to WebSocket subscribers")
                    .add("at", at.toString())
                    .add("tcpConnections", settings.connections()).add("subscribers", settings.subscribers())
                    .add("stepSeconds", settings.stepDuration().toSeconds())
                    .add("latency", Json.createObjectBuilder().add("ratePerSecond", settings.latencyRate())
                            .add("seconds", settings.latencyDuration().toSeconds()).add("sent", latencySent)
                            .add("receivedBySlowestSubscriber", latencyReceivedBySlowestSubscriber)
                            .add("endToEnd", latency.toJson()).add("target", "p99 <= 50 ms")
                            .add("loadAverage1m", latencyLoadAverage)
                            .add("machineCpuBusyPercent", latencyMachineCpu[0])
                            .add("machineCpuStealPercent", latencyMachineCpu[1]))
                    .add("steps", stepArray)
                    .add("sustainedPerSecond", sustainedPerSecond()).add("sustainedTarget", ">= 5000/s")
                    .add("peakDeliveredPerSubscriberPerSecond", Latencies.round(peakDeliveredPerSecond()))
                    .add("sentTotal", sentTotal).add("receivedBySlowestSubscriber", receivedBySlowestSubscriber)
                    .add("storedInDatabase", stored).add("senderConnectionsClosedByServer", senderConnectionsClosedByServer)
                    .add("subscriberProblems", problems)
                    .add("artemisPerfClient", peerArray);
            peer.stream().filter(run -> run.mode().startsWith("unbounded")).findFirst().ifPresent(run ->
                    json.add("ratioSustainedToArtemis", Latencies.round(sustainedPerSecond() / run.receivedPerSecond())));
            return json.build();
        }

        public String table() {
            List<String> rows = new ArrayList<>(List.of(
                    "| B8 (" + settings.connections() + " TCP senders, " + settings.subscribers() + " WebSocket subscribers) | Argus | Artemis perf client (persistent, 1 queue) |",
                    "|---|---|---|"));
            String peerRate = peer.stream().filter(r -> r.mode().startsWith("unbounded")).findFirst()
                    .map(r -> Latencies.round(r.receivedPerSecond()) + " msg/s").orElse("not run");
            rows.add("| sustained rate (target ≥ 5,000/s) | " + sustainedPerSecond() + " events/s (peak delivered "
                    + Latencies.round(peakDeliveredPerSecond()) + "/s per subscriber) | " + peerRate + " |");
            String peerLatency = peer.stream().filter(r -> !r.mode().startsWith("unbounded")).findFirst()
                    .map(r -> Latencies.round(r.p50Ms()) + " / – / " + Latencies.round(r.p99Ms()) + " / " + Latencies.round(r.maxMs()))
                    .orElse("not run");
            rows.add("| latency at " + settings.latencyRate() + "/s, p50 / p95 / p99 / max ms (target p99 ≤ 50) | "
                    + latency.describe() + " | " + peerLatency + " |");
            rows.add("| whole machine's CPU during the latency window, busy / stolen by the hypervisor (2 cores) | "
                    + latencyMachineCpu[0] + " % / " + latencyMachineCpu[1] + " % | |");
            rows.add("| sent / received by slowest subscriber / stored | " + sentTotal + " / " + receivedBySlowestSubscriber
                    + " / " + stored + " | |");
            return String.join("\n", rows);
        }
    }

    private static final long STALL_NANOS = Duration.ofSeconds(5).toNanos();

    private final Settings settings;

    public EventServerBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        String runId = "r" + UUID.randomUUID().toString().substring(0, 8);
        StackEndpoints stack = settings.stack();
        ArgusApi admin = stack.api("admin", "admin");
        ArgusApi operator = stack.api("operator", "operator");
        String definitionId = ((JsonObject) admin.expect(201, admin.postJson("/generic-event-definitions",
                Json.createObjectBuilder().add("name", "B8 benchmark " + runId).add("matchType", "CONTAINS")
                        .add("expression", BenchmarkEventText.PREFIX + runId + " ").add("ignoreCase", false).build()),
                "creating the generic event definition").json()).getString("id");
        List<String> bystanders = configureBystanders(admin, runId);
        List<EventSubscriber> subscribers = new ArrayList<>();
        GenericEventSender sender = new GenericEventSender(stack.host(), stack.genericEventPort(), settings.connections(), runId);
        try {
            for (int i = 0; i < settings.subscribers(); i++) {
                subscribers.add(EventSubscriber.open(stack.eventSocketUrl(), operator.token(), runId));
            }
            // warm-up at the measured rate: JIT (the first seconds of a fresh server run interpreted code and add tens
            // of milliseconds to every stage), connection pools, the MDB pools, the heap grown to its working size
            sender.send(settings.latencyRate(), settings.warmup());
            awaitDelivered(subscribers, sender.sentTotal());

            Latencies latencies = new Latencies();
            subscribers.forEach(s -> s.recordInto(latencies));
            long before = slowest(subscribers);
            MachineLoad.CpuWindow machineCpu = MachineLoad.cpuWindow();
            GenericEventSender.Sent latencyRun = sender.send(settings.latencyRate(), settings.latencyDuration());
            awaitDelivered(subscribers, sender.sentTotal());
            subscribers.forEach(s -> s.recordInto(null));
            long latencyReceived = slowest(subscribers) - before;
            double latencyLoad = MachineLoad.oneMinuteAverage();
            double[] latencyMachineCpu = machineCpu.percentSoFar();

            List<Step> steps = new ArrayList<>();
            for (int rate : settings.stepRates()) {
                Step step = step(sender, subscribers, rate);
                steps.add(step);
                System.out.println("B8 step " + step.toJson());
                boolean subscriberLost = subscribers.stream().anyMatch(s -> s.closedBecause() != null);
                if (subscriberLost || steps.stream().filter(s -> !s.sustained()).count() >= 2) {
                    break; // two steps above what it sustains are enough to see the ceiling
                }
            }
            awaitDelivered(subscribers, sender.sentTotal());
            long stored = StoredEvents.awaitCount(stack, runId, sender.sentTotal(), settings.drainTimeout());
            List<String> problems = subscribers.stream().map(EventSubscriber::closedBecause)
                    .filter(reason -> reason != null).toList();
            Result partial = new Result(settings, Instant.now(), latencies.summary(), latencyLoad, latencyMachineCpu,
                    latencyRun.lines(), latencyReceived,
                    steps, sender.sentTotal(), slowest(subscribers), stored, sender.connectionsDroppedTotal(), problems,
                    List.of());
            subscribers.forEach(EventSubscriber::close);
            subscribers.clear();
            if (settings.artemisHome() == null) {
                return partial;
            }
            List<ArtemisPerfPeer.Run> peer = new ArtemisPerfPeer(settings.artemisHome(), settings.workDir(), 61716, 512)
                    .measure(settings.peerDuration(), Duration.ofSeconds(5), settings.latencyRate());
            return new Result(settings, partial.at(), partial.latency(), latencyLoad, latencyMachineCpu, partial.latencySent(),
                    partial.latencyReceivedBySlowestSubscriber(), steps, partial.sentTotal(),
                    partial.receivedBySlowestSubscriber(), stored, partial.senderConnectionsClosedByServer(), problems, peer);
        } finally {
            subscribers.forEach(EventSubscriber::close);
            bystanders.forEach(admin::delete);
            admin.delete("/generic-event-definitions/" + definitionId);
        }
    }

    /**
     * What a site has configured beside the benchmark's events, so that their path does the work it does in use:
     * another generic-event definition with a rule on it, and an alarm definition on generic events; none matches
     * the benchmark's lines. Returns the resources to delete, rule first.
     */
    private static List<String> configureBystanders(ArgusApi admin, String runId) {
        String otherDefinition = ((JsonObject) admin.expect(201, admin.postJson("/generic-event-definitions",
                Json.createObjectBuilder().add("name", "B8 door " + runId).add("matchType", "CONTAINS")
                        .add("expression", "door forced " + runId).build()),
                "creating the bystander generic event definition").json()).getString("id");
        String rule = ((JsonObject) admin.expect(201, admin.postJson("/rules", Json.createObjectBuilder()
                        .add("name", "B8 door rule " + runId)
                        .add("trigger", Json.createObjectBuilder().add("type", "EVENT").add("eventType", "generic")
                                .add("definitionId", otherDefinition))
                        .add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "WRITE_RULE_LOG").add("message", "door ${event.message}")))
                        .build()),
                "creating the bystander rule").json()).getString("id");
        String alarm = ((JsonObject) admin.expect(201, admin.postJson("/alarm-definitions", Json.createObjectBuilder()
                        .add("name", "B8 tamper alarm " + runId).add("sourceEventType", "generic")
                        .add("matchText", "tampered").add("priority", 2).build()),
                "creating the bystander alarm definition").json()).getString("id");
        return List.of("/rules/" + rule, "/alarm-definitions/" + alarm, "/generic-event-definitions/" + otherDefinition);
    }

    /**
     * Sends at {@code rate} for one step. Sustained: the sender achieved ≥ 95 % of the offered rate, every subscriber
     * was at most one second of events behind at the end of the step, and the backlog drained.
     */
    private Step step(GenericEventSender sender, List<EventSubscriber> subscribers, int rate) throws Exception {
        long before = slowest(subscribers);
        GenericEventSender.Sent sent = sender.send(rate, settings.stepDuration());
        long delivered = slowest(subscribers) - before;
        long backlog = sent.lines() - delivered;
        long drainStart = System.nanoTime();
        boolean drained = awaitDelivered(subscribers, sender.sentTotal());
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        boolean sustained = drained && sent.achievedPerSecond() >= 0.95 * rate && backlog <= rate
                && sent.connectionsDropped() == 0 && subscribers.stream().allMatch(s -> s.closedBecause() == null);
        return new Step(rate, sent.achievedPerSecond(), sent.lines(), delivered, backlog, drainSeconds,
                sent.connectionsDropped(), sustained, MachineLoad.oneMinuteAverage());
    }

    /**
     * Waits until every subscriber received {@code total} events; true if they did. Gives up at the drain timeout,
     * or after 5 s without progress (events lost on connections the listener closed never arrive).
     */
    private boolean awaitDelivered(List<EventSubscriber> subscribers, long total) throws InterruptedException {
        long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        while (slowest(subscribers) < total) {
            long now = System.nanoTime();
            long count = slowest(subscribers);
            if (count != lastCount) {
                lastCount = count;
                lastProgress = now;
            }
            if (now > deadline || now - lastProgress > STALL_NANOS
                    || subscribers.stream().anyMatch(s -> s.closedBecause() != null)) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static long slowest(List<EventSubscriber> subscribers) {
        return subscribers.stream().mapToLong(EventSubscriber::received).min().orElse(0);
    }
}
