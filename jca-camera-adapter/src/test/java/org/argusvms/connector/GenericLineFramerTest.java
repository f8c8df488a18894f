package org.argusvms.connector;

import org.argusvms.connector.GenericMessageText.RejectedMessageException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericLineFramerTest {

    private final GenericLineFramer framer = new GenericLineFramer();

    @Test
    void linesEndWithLfOrCrLfAndMayArriveInPieces() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.addAll(framer.accept(utf8("door 1 opened\r\nalarm ")));
        assertTrue(framer.hasPartialLine());
        lines.addAll(framer.accept(utf8("zone 3 \u00fcberfall\nlast")));

        assertEquals(List.of("door 1 opened", "alarm zone 3 \u00fcberfall"), lines);
        assertEquals("last", framer.finish(), "the end of the stream ends the last line");
        assertNull(framer.finish());
    }

    @Test
    void aLineOfTheMaximumLengthIsAcceptedAndOneByteMoreIsNot() throws Exception {
        String longest = "x".repeat(GenericEventSettings.MAX_MESSAGE_BYTES);
        assertEquals(List.of(longest), framer.accept(utf8(longest + "\r\n")));

        assertThrows(RejectedMessageException.class, () -> framer.accept(utf8(longest + "y\n")));
    }

    @Test
    void anEndlessLineIsRejectedWithoutBufferingIt() {
        ByteBuffer tenKilobytes = ByteBuffer.wrap(new byte[10 * 1024]);

        assertThrows(RejectedMessageException.class, () -> framer.accept(tenKilobytes));
        assertTrue(tenKilobytes.remaining() > 5000, "stops reading at the limit");
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() {
        ByteBuffer binary = ByteBuffer.wrap(new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThrows(RejectedMessageException.class, () -> framer.accept(binary));
    }

    @Test
    void anUnterminatedOversizedLastLineIsRejected() throws Exception {
        assertEquals(List.of(), framer.accept(utf8("z".repeat(GenericEventSettings.MAX_MESSAGE_BYTES + 1))));

        assertThrows(RejectedMessageException.class, framer::finish);
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
