package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetadataReassemblerTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] add(MetadataReassembler reassembler, String payload, boolean marker) {
        byte[] packet = bytes("HEADER" + payload);
        return reassembler.onPayload(packet, 6, packet.length - 6, marker);
    }

    @Test
    void joinsFragmentsUpToTheMarker() {
        MetadataReassembler reassembler = new MetadataReassembler();

        assertNull(add(reassembler, "<tt:MetadataStream>", false));
        assertNull(add(reassembler, "<tt:Event/>", false));
        byte[] document = add(reassembler, "</tt:MetadataStream>", true);
        byte[] next = add(reassembler, "<a/>", true);

        assertEquals("<tt:MetadataStream><tt:Event/></tt:MetadataStream>", new String(document, StandardCharsets.UTF_8));
        assertEquals("<a/>", new String(next, StandardCharsets.UTF_8), "the marker starts the next document afresh");
        assertEquals(0, reassembler.droppedDocuments());
    }

    @Test
    void aDocumentThatLostAPacketIsDroppedWholeAndTheNextIsIntact() {
        MetadataReassembler reassembler = new MetadataReassembler();

        add(reassembler, "<a>", false);
        reassembler.onLoss();
        assertNull(add(reassembler, "</a>", true));
        byte[] next = add(reassembler, "<b/>", true);

        assertEquals("<b/>", new String(next, StandardCharsets.UTF_8));
        assertEquals(1, reassembler.droppedDocuments());
    }

    @Test
    void aDocumentBeyondTheSizeBoundIsDroppedWithoutGrowingTheBuffer() {
        MetadataReassembler reassembler = new MetadataReassembler(64);
        String forty = "x".repeat(40);

        assertNull(add(reassembler, forty, false));
        for (int i = 0; i < 1000; i++) {
            assertNull(add(reassembler, forty, false), "a camera that never sets the marker");
        }
        assertNull(add(reassembler, forty, true));
        byte[] next = add(reassembler, forty, true);

        assertEquals(forty, new String(next, StandardCharsets.UTF_8));
        assertEquals(1, reassembler.droppedDocuments());
    }

    @Test
    void anEmptyMarkerPacketYieldsNothing() {
        MetadataReassembler reassembler = new MetadataReassembler();

        assertNull(add(reassembler, "", true));
        assertEquals(0, reassembler.droppedDocuments());
    }
}
