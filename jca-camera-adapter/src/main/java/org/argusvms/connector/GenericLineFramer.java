package org.argusvms.connector;

import org.argusvms.connector.GenericMessageText.RejectedMessageException;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the byte stream of one TCP connection into generic-event lines: each ends with LF (a CR before it is dropped)
 * or with the end of the stream. Never holds more than one line's worth of bytes, so a sender cannot make it buffer
 * more than {@link GenericEventSettings#MAX_MESSAGE_BYTES} plus the terminator.
 */
final class GenericLineFramer {

    /** The longest line plus its CRLF. */
    private final byte[] line = new byte[GenericEventSettings.MAX_MESSAGE_BYTES + 2];
    private int length;

    /**
     * Consumes {@code data} and returns the lines it completed, in order.
     *
     * @throws RejectedMessageException on a line that is too long or not UTF-8; the rest of the stream is unusable
     */
    List<String> accept(ByteBuffer data) throws RejectedMessageException {
        List<String> lines = new ArrayList<>(1);
        while (data.hasRemaining()) {
            byte next = data.get();
            if (length == line.length) {
                throw new RejectedMessageException("line longer than " + GenericEventSettings.MAX_MESSAGE_BYTES + " bytes");
            }
            line[length++] = next;
            if (next == '\n') {
                lines.add(GenericMessageText.decode(line, length));
                length = 0;
            }
        }
        return lines;
    }

    /** Whether part of a line has arrived but not its end. */
    boolean hasPartialLine() {
        return length > 0;
    }

    /** At the end of the stream: the unterminated last line, or null if there is none. */
    String finish() throws RejectedMessageException {
        if (length == 0) {
            return null;
        }
        String last = GenericMessageText.decode(line, length);
        length = 0;
        return last;
    }
}
