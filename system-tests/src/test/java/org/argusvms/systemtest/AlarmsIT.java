package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.EventSocket;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alarms end to end: definitions made through REST, raised by a generic event (TCP 1234) and by an analytics XML
 * document (TCP 9090), pushed to WebSocket subscribers, listed, and handled by operators racing for them.
 */
class AlarmsIT extends EventServerIT {

    @Test
    void aGenericEventRaisesAnAlarmThatOperatorsSeeRaceForAndClose() throws Exception {
        String genericDefinition = created(api.postJson("/generic-event-definitions", admin, Json.createObjectBuilder()
                .add("name", "Door " + marker).add("matchType", "CONTAINS").add("expression", marker).build()));
        cleanUp.add("/generic-event-definitions/" + genericDefinition);
        String alarmDefinition = created(api.postJson("/alarm-definitions", admin, Json.createObjectBuilder()
                .add("name", "Door forced " + marker).add("sourceEventType", "generic")
                .add("matchDefinitionName", "Door " + marker).add("matchText", "forced").add("priority", 2)
                .add("category", "intrusion").add("instructions", "Send the guard").build()));
        cleanUp.add(0, "/alarm-definitions/" + alarmDefinition);

        JsonObject pushed;
        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("alarm")).build());

            ExternalEventSender.sendLine("door 7 opened " + marker + "\ndoor 7 forced " + marker + "\n");

            pushed = subscriber.await(message -> alarmDefinitionId(message).equals(alarmDefinition), DELIVERY)
                    .getJsonObject("event").getJsonObject("alarm");
            assertEquals("NEW", pushed.getString("state"));
            assertEquals("door 7 forced " + marker, pushed.getString("message"), "only the matching line raised it");
            assertEquals("Send the guard", pushed.getString("instructions"));
        }
        String alarmId = pushed.getString("id");

        JsonObject listed = Await.until("the alarm in GET /alarms", DELIVERY, () -> api.get("/alarms?state=NEW&sort=priority",
                operator).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(alarm -> alarm.getString("id").equals(alarmId)).findFirst().orElse(null));
        assertEquals(2, listed.getInt("priority"));
        assertEquals("intrusion", listed.getString("category"));
        long version = listed.getJsonNumber("version").longValue();

        List<Answer> race = takeConcurrently(alarmId, version, operator, admin);
        List<Integer> statuses = race.stream().map(Answer::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, race.toString());
        JsonObject taken = race.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow().json();
        String winner = taken.getString("owner");
        String winnerToken = winner.equals("operator") ? operator : admin;
        assertEquals("IN_PROGRESS", taken.getString("state"));
        Answer loser = race.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertTrue(loser.contentType().startsWith("application/problem+json"), loser.contentType());

        Answer withoutComment = api.postJson("/alarms/" + alarmId + "/close", winnerToken, step(null,
                taken.getJsonNumber("version").longValue()));
        assertEquals(400, withoutComment.status(), withoutComment.body());
        assertEquals("comment", withoutComment.json().getString("field"));
        Answer closed = api.postJson("/alarms/" + alarmId + "/close", winnerToken, step("guard found the door shut",
                taken.getJsonNumber("version").longValue()));
        assertEquals(200, closed.status(), closed.body());
        Answer reopened = api.postJson("/alarms/" + alarmId + "/take", winnerToken, step(null,
                closed.json().getJsonNumber("version").longValue()));
        assertEquals(409, reopened.status(), "closed is final: " + reopened.body());

        JsonObject history = api.get("/alarms/" + alarmId, operator).json();
        List<String> steps = history.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .map(entry -> entry.getString("user") + ":" + entry.get("fromState") + "->" + entry.getString("toState"))
                .toList();
        assertEquals(List.of("system:null->NEW", winner + ":\"NEW\"->IN_PROGRESS",
                winner + ":\"IN_PROGRESS\"->CLOSED"), steps);
        assertEquals("guard found the door shut",
                history.getJsonArray("history").getJsonObject(2).getString("comment"));
    }

    @Test
    void anAnalyticsDocumentRaisesAnAlarmAndAHostileOneIsRefusedAndNotStored() throws Exception {
        String type = "LineCrossing" + marker;
        String alarmDefinition = created(api.postJson("/alarm-definitions", admin, Json.createObjectBuilder()
                .add("name", "Line crossed " + marker).add("sourceEventType", "analytics")
                .add("matchDefinitionName", type).build()));
        cleanUp.add("/alarm-definitions/" + alarmDefinition);

        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("alarm").add("analytics")).build());

            String hostile = """
                    <?xml version="1.0"?>
                    <!DOCTYPE AnalyticsEvent [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                    <AnalyticsEvent><EventHeader><ID>&secret;</ID><Timestamp>2026-11-25T18:00:00Z</Timestamp>
                    <Type>%s</Type><Message>xxe %s</Message><Source><Name>gate</Name></Source></EventHeader>
                    </AnalyticsEvent>""".formatted(type, marker);
            String refusal = ExternalEventSender.sendAnalytics(hostile);
            assertTrue(refusal.startsWith("ERROR ") && refusal.contains("DOCTYPE"), refusal);
            assertTrue(!refusal.contains("root:"), "nothing of the file in the reply");

            String valid = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <AnalyticsEvent>
                      <EventHeader><ID>%s</ID><Timestamp>2026-11-25T18:00:00Z</Timestamp><Type>%s</Type>
                        <Message>person crossed %s</Message><Source><Name>Gate camera</Name></Source></EventHeader>
                      <Vendor><Name>Acme</Name></Vendor>
                      <ObjectList><Object><Type>Person</Type><Confidence>0.9</Confidence>
                        <BoundingBox><Top>0.1</Top><Left>0.1</Left><Bottom>0.5</Bottom><Right>0.3</Right></BoundingBox>
                      </Object></ObjectList>
                    </AnalyticsEvent>""".formatted(marker, type, marker);
            assertEquals("OK", ExternalEventSender.sendAnalytics(valid));
            // sent again, as after a lost "OK" (same sender, same EventHeader/ID): answered OK, stored and alarmed once
            assertEquals("OK", ExternalEventSender.sendAnalytics(valid));

            JsonObject alarm = subscriber.await(message -> alarmDefinitionId(message).equals(alarmDefinition), DELIVERY)
                    .getJsonObject("event").getJsonObject("alarm");
            assertEquals("person crossed " + marker, alarm.getString("message"));
            assertEquals("analytics", alarm.getString("eventType"));
            assertTrue(subscriber.seen().stream().noneMatch(message -> message.toString().contains("xxe " + marker)),
                    "the refused document was never published");
        }

        List<JsonObject> stored = Await.until("the analytics event in GET /events", DELIVERY, () -> {
            List<JsonObject> events = api.get("/events?limit=1000", operator).jsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(event -> "analytics".equals(event.getString("sourceType", "")))
                    .filter(event -> event.toString().contains(marker)).toList();
            return events.isEmpty() ? null : events;
        });
        assertEquals(1, stored.size(), "only the valid document was stored, and once: " + stored);
        assertTrue(stored.get(0).getJsonObject("attributes").getString("objects").contains("Person"));
        long alarms = api.get("/alarms?limit=500", operator).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(alarm -> alarm.getString("definitionId").equals(alarmDefinition)).count();
        assertEquals(1, alarms);
    }

    @Test
    void aDefinitionLimitedToATimeProfileRaisesAlarmsOnlyWhileTheProfileIsActive() throws Exception {
        String genericDefinition = created(api.postJson("/generic-event-definitions", admin, Json.createObjectBuilder()
                .add("name", "Gate " + marker).add("matchType", "CONTAINS").add("expression", "gate " + marker)
                .build()));
        cleanUp.add("/generic-event-definitions/" + genericDefinition);
        var everyDay = Json.createArrayBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.add(Json.createObjectBuilder().add("day", day.name()).add("start", "00:00").add("end", "00:00"));
        }
        String always = created(api.postJson("/time-profiles", admin, Json.createObjectBuilder()
                .add("name", "Always " + marker).add("timeZone", "UTC").add("intervals", everyDay).build()));
        cleanUp.add("/time-profiles/" + always);
        // the whole day after tomorrow (UTC): inactive now, and far from midnight races
        DayOfWeek notNow = LocalDate.now(ZoneOffset.UTC).plusDays(2).getDayOfWeek();
        String elsewhen = created(api.postJson("/time-profiles", admin, Json.createObjectBuilder()
                .add("name", "Not now " + marker).add("timeZone", "UTC").add("intervals", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("day", notNow.name()).add("start", "00:00")
                                .add("end", "00:00"))).build()));
        cleanUp.add("/time-profiles/" + elsewhen);

        Answer unknownProfile = api.postJson("/alarm-definitions", admin, gateAlarm("Gate ghost " + marker,
                "no-such-profile"));
        assertEquals(400, unknownProfile.status(), unknownProfile.body());
        assertEquals("timeProfileId", unknownProfile.json().getString("field"));
        assertTrue(api.get("/alarm-definitions", admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .noneMatch(definition -> definition.getString("name").equals("Gate ghost " + marker)),
                "a refused definition is not stored");

        String active = created(api.postJson("/alarm-definitions", admin, gateAlarm("Gate always " + marker, always)));
        cleanUp.add(0, "/alarm-definitions/" + active);
        String inactive = created(api.postJson("/alarm-definitions", admin, gateAlarm("Gate not now " + marker,
                elsewhen)));
        cleanUp.add(0, "/alarm-definitions/" + inactive);
        assertEquals(elsewhen, api.get("/alarm-definitions/" + inactive, admin).json().getString("timeProfileId"));

        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("alarm")).build());
            ExternalEventSender.sendLine("gate " + marker + " opened\n");
            subscriber.await(message -> alarmDefinitionId(message).equals(active), DELIVERY);
        }
        // both definitions were evaluated in the transaction that raised the first alarm
        List<String> raisedBy = api.get("/alarms?state=NEW", operator).jsonArray().stream()
                .map(JsonValue::asJsonObject).map(alarm -> alarm.getString("definitionId"))
                .filter(id -> id.equals(active) || id.equals(inactive)).toList();
        assertEquals(List.of(active), raisedBy, "only the definition whose time profile is active raised an alarm");

        Answer inUse = api.delete("/time-profiles/" + elsewhen, admin);
        assertEquals(409, inUse.status(), "a profile an alarm definition uses cannot be deleted: " + inUse.body());
        assertTrue(inUse.body().contains("alarm definition Gate not now " + marker), inUse.body());
    }

    private JsonObject gateAlarm(String name, String timeProfileId) {
        return Json.createObjectBuilder().add("name", name).add("sourceEventType", "generic")
                .add("matchDefinitionName", "Gate " + marker).add("timeProfileId", timeProfileId).build();
    }

    @Test
    void alarmDefinitionsAreForConfigurationAdministratorsAndValidated() {
        Answer forbidden = api.postJson("/alarm-definitions", operator, Json.createObjectBuilder()
                .add("name", "x " + marker).add("sourceEventType", "generic").build());
        assertEquals(403, forbidden.status(), forbidden.body());

        Answer badPriority = api.postJson("/alarm-definitions", admin, Json.createObjectBuilder()
                .add("name", "x " + marker).add("sourceEventType", "generic").add("priority", 11).build());
        assertEquals(400, badPriority.status(), badPriority.body());
        assertEquals("priority", badPriority.json().getString("field"));

        Answer badSort = api.get("/alarms?sort=random", operator);
        assertEquals(400, badSort.status(), badSort.body());
    }

    private List<Answer> takeConcurrently(String alarmId, long version, String... tokens) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Answer>> takes = new ArrayList<>();
        for (String token : tokens) {
            takes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.postJson("/alarms/" + alarmId + "/take", token, step("on my way", version));
            }));
        }
        start.countDown();
        List<Answer> answers = new ArrayList<>();
        for (CompletableFuture<Answer> take : takes) {
            answers.add(take.get());
        }
        return answers;
    }

    private static JsonObject step(String comment, long version) {
        var step = Json.createObjectBuilder().add("version", version);
        if (comment != null) {
            step.add("comment", comment);
        }
        return step.build();
    }

    private static String created(Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getString("id");
    }

    private static String alarmDefinitionId(JsonObject socketMessage) {
        JsonObject event = socketMessage.getJsonObject("event");
        return event == null || !event.containsKey("alarm") ? "" : event.getJsonObject("alarm").getString("definitionId");
    }
}
