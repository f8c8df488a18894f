package org.argusvms.simulator.rtsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RtspRequestReaderTest {

    @Test
    void readsRequestsAndSkipsInterleavedFramesBetweenThem() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(ascii("OPTIONS rtsp://h/cam1 RTSP/1.0\r\nCSeq: 1\r\n\r\n"));
        input.writeBytes(new byte[] {'$', 1, 0, 3, (byte) 0x80, (byte) 0xC9, 0});
        input.writeBytes(ascii("SET_PARAMETER rtsp://h/cam1 RTSP/1.0\r\ncseq: 2\r\nContent-Length: 4\r\n\r\nab\r\n"));
        RtspRequestReader reader = reader(input.toByteArray());

        RtspRequest options = reader.next().orElseThrow();
        RtspRequest setParameter = reader.next().orElseThrow();

        assertEquals("OPTIONS", options.method());
        assertEquals("rtsp://h/cam1", options.uri());
        assertEquals("RTSP/1.0", options.version());
        assertEquals("1", options.header("CSEQ").orElseThrow(), "header names are case-insensitive");
        assertEquals("2", setParameter.header("CSeq").orElseThrow());
        assertArrayEquals(ascii("ab\r\n"), setParameter.body());
        assertTrue(reader.next().isEmpty(), "end of stream between requests");
    }

    @Test
    void readsSessionIdWithoutParameters() throws IOException {
        RtspRequest request = reader(ascii("PLAY rtsp://h/c RTSP/1.0\nCSeq: 3\nSession: 12AB;timeout=60\n\n"))
                .next().orElseThrow();

        assertEquals("12AB", request.sessionId().orElseThrow());
    }

    @Test
    void garbageIsAFramingError() {
        for (String garbage : new String[] {"HELLO\r\n\r\n", "GET /\r\n\r\n",
                "OPTIONS * RTSP/1.0\r\nno colon here\r\n\r\n",
                "OPTIONS * RTSP/1.0\r\nContent-Length: -1\r\n\r\n",
                "OPTIONS * RTSP/1.0\r\nContent-Length: 99999999\r\n\r\n"}) {
            assertThrows(RtspFramingException.class, () -> reader(ascii(garbage)).next(), garbage);
        }
    }

    @Test
    void limitsLineLengthAndHeaderCount() {
        String longLine = "OPTIONS * RTSP/1.0\r\nX: " + "a".repeat(RtspRequestReader.MAX_LINE_LENGTH) + "\r\n\r\n";
        assertThrows(RtspFramingException.class, () -> reader(ascii(longLine)).next());

        String manyHeaders = "OPTIONS * RTSP/1.0\r\n" + "X: y\r\n".repeat(RtspRequestReader.MAX_HEADER_COUNT + 1)
                + "\r\n";
        assertThrows(RtspFramingException.class, () -> reader(ascii(manyHeaders)).next());
    }

    @Test
    void connectionClosedInsideARequestIsAnEndOfStream() {
        assertThrows(EOFException.class, () -> reader(ascii("OPTIONS * RTSP/1.0\r\nCSeq: 1\r\n")).next());
        assertThrows(EOFException.class, () -> reader(new byte[] {'$', 0, 0, 10, 1, 2}).next());
    }

    private static RtspRequestReader reader(byte[] input) {
        return new RtspRequestReader(new ByteArrayInputStream(input));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
