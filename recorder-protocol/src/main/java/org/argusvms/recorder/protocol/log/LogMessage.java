package org.argusvms.recorder.protocol.log;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One log entry on its way to the log server: the body of a JMS {@code TextMessage} sent to the queue {@link #QUEUE}.
 * Every component writes its system, audit and rule-triggered entries with this class so the format is defined once.
 *
 * <p>Sending one from a bean, inside the caller's transaction (the default JMS connection factory is XA, so the entry
 * is queued exactly when the caller's work commits):
 * <pre>{@code
 * @Inject JMSContext jms;
 * @Resource(lookup = LogMessage.QUEUE) Queue logQueue;
 *
 * LogMessage entry = new LogMessage(LogKind.RULE, LogLevel.INFO, clock.instant(), "rule:Night doors",
 *         null, "rule.triggered", "door 7 opened outside opening hours");
 * jms.createProducer().send(logQueue, entry.toJson());
 * }</pre>
 * which puts this on the queue:
 * <pre>{@code
 * {"kind":"RULE","level":"INFO","occurredAt":"2026-11-25T20:00:00Z","source":"rule:Night doors",
 *  "category":"rule.triggered","message":"door 7 opened outside opening hours"}
 * }</pre>
 * Beans of the EAR can use {@code org.argusvms.management.infrastructure.messaging.LogQueueSender} instead.
 *
 * @param kind       SYSTEM, AUDIT or RULE
 * @param level      severity; the log server stores SYSTEM entries only at or above its configured threshold
 * @param occurredAt when it happened, by the sender's clock
 * @param source     who reports it: {@code "management"}, {@code "event-server"}, {@code "recorder:<id>"},
 *                   {@code "recorder:<id>/camera:<id>"}, {@code "rule:<name>"}; at most {@value #MAX_SOURCE} characters
 * @param user       the user whose action it records, or null
 * @param category   a short machine-readable name of what happened ({@code "role.create"}, {@code "camera.disconnected"}),
 *                   or null; at most {@value #MAX_CATEGORY} characters
 * @param message    human-readable text; longer than {@value #MAX_MESSAGE} characters it is cut. Never put secrets here
 * @param origin     the network address the action came from (audit entries), or null
 */
public record LogMessage(LogKind kind, LogLevel level, Instant occurredAt, String source, String user, String category,
                         String message, String origin) implements Serializable {

    /** JNDI name of the log server's intake queue. */
    public static final String QUEUE = "java:/jms/queue/ArgusLog";

    public static final int MAX_SOURCE = 200;
    public static final int MAX_USER = 200;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_MESSAGE = 4000;
    public static final int MAX_ORIGIN = 100;

    /** @throws IllegalArgumentException naming the field that is missing or too long */
    public LogMessage {
        require(kind, "kind");
        require(level, "level");
        require(occurredAt, "occurredAt");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("\"source\" must be a non-empty string");
        }
        require(message, "message");
        limit(source, "source", MAX_SOURCE);
        limit(user, "user", MAX_USER);
        limit(category, "category", MAX_CATEGORY);
        limit(origin, "origin", MAX_ORIGIN);
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
    }

    /** An entry with no network origin. */
    public LogMessage(LogKind kind, LogLevel level, Instant occurredAt, String source, String user, String category,
                      String message) {
        this(kind, level, occurredAt, source, user, category, message, null);
    }

    /** A SYSTEM entry: no user, no origin. */
    public static LogMessage system(LogLevel level, Instant occurredAt, String source, String category, String message) {
        return new LogMessage(LogKind.SYSTEM, level, occurredAt, source, null, category, message);
    }

    /** The JSON text of this entry; absent optional fields are left out. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("kind", kind.name()).add("level", level.name())
                .add("occurredAt", occurredAt.toString()).add("source", source);
        addIfPresent(json, "user", user);
        addIfPresent(json, "category", category);
        json.add("message", message);
        addIfPresent(json, "origin", origin);
        return json.build().toString();
    }

    /**
     * Reads what {@link #toJson()} wrote; unknown members are ignored so senders may add some later.
     *
     * @throws IllegalArgumentException if the text is not such an object; the message names the field, never its value
     */
    public static LogMessage fromJson(String text) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(Objects.requireNonNull(text, "text")))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        return new LogMessage(
                enumMember(json, "kind", LogKind.class),
                enumMember(json, "level", LogLevel.class),
                instantMember(json, "occurredAt"),
                stringMember(json, "source"),
                stringMember(json, "user"),
                stringMember(json, "category"),
                stringMember(json, "message"),
                stringMember(json, "origin"));
    }

    private static String stringMember(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return string.getString();
    }

    private static <E extends Enum<E>> E enumMember(JsonObject json, String name, Class<E> type) {
        String value = stringMember(json, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + name + "\" must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Instant instantMember(JsonObject json, String name) {
        String value = stringMember(json, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + name + "\" must be an ISO-8601 instant");
        }
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("\"" + name + "\" is required");
        }
    }

    private static void limit(String value, String name, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("\"" + name + "\" must be at most " + max + " characters");
        }
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
