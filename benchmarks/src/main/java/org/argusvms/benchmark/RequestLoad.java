package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A closed-loop load: a fixed number of workers, each sending the next request as soon as the previous answered,
 * for a fixed time. Answers other than 2xx and failed exchanges count as errors (never retried).
 */
final class RequestLoad {

    /** What one load measured. */
    record Outcome(String name, int workers, double seconds, long ok, long errors, String firstError,
                   Latencies.Summary latency, double loadAverage) {

        double perSecond() {
            return ok / seconds;
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("name", name).add("workers", workers)
                    .add("seconds", Latencies.round(seconds)).add("ok", ok).add("errors", errors)
                    .add("firstError", firstError == null ? "" : firstError)
                    .add("perSecond", Latencies.round(perSecond())).add("latency", latency.toJson())
                    .add("loadAverage1m", loadAverage).build();
        }

        String row() {
            return "| " + name + " | " + workers + " | " + Latencies.round(perSecond()) + " | " + latency.describe()
                    + " | " + ok + " / " + errors + " |";
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Runs {@code requests} from {@code workers} threads for {@code duration}, after a warm-up of the same kind. */
    Outcome run(String name, int workers, Duration warmup, Duration duration, Supplier<HttpRequest> requests)
            throws InterruptedException {
        measure(name, workers, warmup, requests);
        return measure(name, workers, duration, requests);
    }

    private Outcome measure(String name, int workers, Duration duration, Supplier<HttpRequest> requests)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    String error = exchange(requests.get());
                    long took = System.nanoTime() - sent;
                    if (error == null) {
                        ok.incrementAndGet();
                        latencies.add(took);
                    } else {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError.isEmpty()) {
                                firstError.append(error);
                            }
                        }
                    }
                }
            }, "load-" + name + "-" + i);
            worker.start();
            threads.add(worker);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(name, workers, seconds, ok.get(), errors.get(),
                firstError.isEmpty() ? null : firstError.toString(), latencies.summary(), MachineLoad.oneMinuteAverage());
    }

    /** Null if the answer was 2xx, else what went wrong. */
    private String exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String body = response.body();
            return response.statusCode() + " " + body.substring(0, Math.min(200, body.length()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.toString();
        }
    }
}
