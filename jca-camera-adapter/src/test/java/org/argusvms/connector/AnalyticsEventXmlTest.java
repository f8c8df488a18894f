package org.argusvms.connector;

import org.argusvms.connector.AnalyticsEventXml.InvalidDocumentException;
import org.argusvms.connector.api.AnalyticsEventMessage;
import org.argusvms.connector.api.AnalyticsEventMessage.DetectedObject;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyticsEventXmlTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T18:00:01Z");

    static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <AnalyticsEvent>
              <EventHeader>
                <ID>a1b2</ID>
                <Timestamp>2026-11-25T18:00:00Z</Timestamp>
                <Type>LineCrossing</Type>
                <Message>Person crossed line A</Message>
                <Source>
                  <FQID><ObjectId>cam-7</ObjectId></FQID>
                  <Name>Gate camera</Name>
                </Source>
              </EventHeader>
              <Description>Northbound</Description>
              <Location>Gate 3</Location>
              <Vendor><Name>Acme Analytics</Name></Vendor>
              <ObjectList>
                <Object>
                  <Name>p1</Name><Type>Person</Type><Confidence>0.93</Confidence>
                  <BoundingBox><Top>0.1</Top><Left>0.2</Left><Bottom>0.6</Bottom><Right>0.4</Right></BoundingBox>
                </Object>
              </ObjectList>
            </AnalyticsEvent>
            """;

    @Test
    void readsEveryFieldOfAValidDocument() throws Exception {
        AnalyticsEventMessage event = parse(VALID);

        assertEquals("a1b2", event.senderId());
        assertEquals(Instant.parse("2026-11-25T18:00:00Z"), event.occurredAt());
        assertEquals("LineCrossing", event.type());
        assertEquals("Person crossed line A", event.message());
        assertEquals("cam-7", event.cameraId());
        assertEquals("Gate camera", event.sourceName());
        assertEquals("Northbound", event.description());
        assertEquals("Gate 3", event.location());
        assertEquals("Acme Analytics", event.vendor());
        assertEquals("10.0.0.5", event.sourceAddress());
        assertEquals(RECEIVED, event.receivedAt());
        DetectedObject person = event.objects().get(0);
        assertEquals("Person", person.type());
        assertEquals(0.93, person.confidence());
        assertEquals(0.6, person.box().bottom());
    }

    @Test
    void optionalPartsMayBeLeftOut() throws Exception {
        AnalyticsEventMessage event = parse("""
                <AnalyticsEvent><EventHeader><ID>x</ID><Timestamp>2026-11-25T18:00:00Z</Timestamp>
                <Type>Motion</Type><Message>motion</Message><Source><Name>lobby</Name></Source></EventHeader>
                </AnalyticsEvent>""");

        assertNull(event.cameraId());
        assertEquals("lobby", event.sourceName());
        assertTrue(event.objects().isEmpty());
    }

    @Test
    void externalEntityIsRefusedWithoutFetchingIt() throws Exception {
        try (ServerSocket bait = new ServerSocket(0)) {
            String document = """
                    <?xml version="1.0"?>
                    <!DOCTYPE AnalyticsEvent [
                      <!ENTITY passwd SYSTEM "file:///etc/passwd">
                      <!ENTITY remote SYSTEM "http://127.0.0.1:%d/dtd">
                    ]>
                    <AnalyticsEvent><EventHeader><ID>&passwd;</ID><Timestamp>2026-11-25T18:00:00Z</Timestamp>
                    <Type>&remote;</Type><Message>m</Message><Source/></EventHeader></AnalyticsEvent>
                    """.formatted(bait.getLocalPort());

            InvalidDocumentException refused = assertThrows(InvalidDocumentException.class, () -> parse(document));

            assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
            assertFalse(refused.getMessage().contains("root:"), "nothing of /etc/passwd in the reply");
            bait.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, bait::accept, "the parser never fetched the entity");
        }
    }

    @Test
    void externalDtdIsRefused() {
        assertThrows(InvalidDocumentException.class, () -> parse("""
                <!DOCTYPE AnalyticsEvent SYSTEM "file:///etc/passwd"><AnalyticsEvent/>"""));
    }

    @Test
    void entityExpansionIsRefusedBeforeExpanding() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE AnalyticsEvent [<!ENTITY l0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            laughs.append("<!ENTITY l").append(level).append(" \"")
                    .append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><AnalyticsEvent>&l9;</AnalyticsEvent>");

        assertThrows(InvalidDocumentException.class, () -> parse(laughs.toString()));
    }

    @Test
    void oversizedDocumentIsRefused() {
        String padding = "<Description>" + "x".repeat(AnalyticsEventXml.MAX_DOCUMENT_BYTES) + "</Description>";
        String document = VALID.replace("<Description>Northbound</Description>", padding);

        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class, () -> parse(document));
        assertTrue(refused.getMessage().contains("larger than"), refused.getMessage());
    }

    @Test
    void malformedAndIncompleteDocumentsNameTheProblem() {
        assertThrows(InvalidDocumentException.class, () -> parse("<AnalyticsEvent><EventHeader>"));
        assertThrows(InvalidDocumentException.class, () -> parse("not xml at all"));
        assertEquals("root element must be AnalyticsEvent, got Event",
                assertThrows(InvalidDocumentException.class, () -> parse("<Event/>")).getMessage());
        assertEquals("EventHeader/Type is required", assertThrows(InvalidDocumentException.class,
                () -> parse(VALID.replace("<Type>LineCrossing</Type>", ""))).getMessage());
        assertTrue(assertThrows(InvalidDocumentException.class,
                () -> parse(VALID.replace("2026-11-25T18:00:00Z", "yesterday"))).getMessage().contains("Timestamp"));
        assertTrue(assertThrows(InvalidDocumentException.class,
                () -> parse(VALID.replace("<Top>0.1</Top>", "<Top>0.9</Top>"))).getMessage().contains("Top < Bottom"));
    }

    private static AnalyticsEventMessage parse(String document) throws InvalidDocumentException {
        return AnalyticsEventXml.parse(document.getBytes(StandardCharsets.UTF_8), "10.0.0.5", RECEIVED);
    }
}
