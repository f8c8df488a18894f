package org.argusvms.connector;

import org.argusvms.connector.GenericMessageText.RejectedMessageException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line received on the acknowledged generic-event port (seed 1235): the message text, optionally preceded by the
 * sender's message id as {@code id=<id> }. The id lets the event server recognise a message the sender resent because
 * it missed the acknowledgement; the text alone is matched, exactly as on the unacknowledged port.
 *
 * @param messageId null when the line has none
 */
record AcknowledgedLine(String messageId, String text) {

    /** Letters, digits and {@code . _ - : / @}, so ids such as {@code door-7:2026-11-25T20:00:00Z#3} fit. */
    static final int MAX_ID_LENGTH = 100;
    private static final String ID_PREFIX = "id=";
    private static final Pattern ID_AND_TEXT = Pattern.compile("id=([A-Za-z0-9._:/@#-]{1,100})[ \\t](.*)", Pattern.DOTALL);

    static AcknowledgedLine parse(String line) throws RejectedMessageException {
        if (!line.startsWith(ID_PREFIX)) {
            return new AcknowledgedLine(null, line);
        }
        Matcher matcher = ID_AND_TEXT.matcher(line);
        if (!matcher.matches() || matcher.group(2).isBlank()) {
            throw new RejectedMessageException("invalid message id: expected id=<1.." + MAX_ID_LENGTH
                    + " of A-Z a-z 0-9 . _ - : / @ #> followed by a space and the text");
        }
        return new AcknowledgedLine(matcher.group(1), matcher.group(2));
    }
}
