package org.argusvms.connector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of one generic event into its text: strict UTF-8, line terminator removed. */
final class GenericMessageText {

    private GenericMessageText() {
    }

    /**
     * @return the text of {@code length} bytes of {@code bytes}, without one trailing LF or CRLF
     * @throws RejectedMessageException if the bytes are longer than {@link GenericEventSettings#MAX_MESSAGE_BYTES} (after
     *                                  removing the terminator) or not valid UTF-8
     */
    static String decode(byte[] bytes, int length) throws RejectedMessageException {
        int end = length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        if (end > GenericEventSettings.MAX_MESSAGE_BYTES) {
            throw new RejectedMessageException("longer than " + GenericEventSettings.MAX_MESSAGE_BYTES + " bytes");
        }
        try {
            // REPORT, not the default REPLACE: a message with U+FFFD in it could still match an expression by accident
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedMessageException("not valid UTF-8");
        }
    }

    /** A message that is not delivered; the reason is for the log. */
    static final class RejectedMessageException extends Exception {

        private static final long serialVersionUID = 1L;

        RejectedMessageException(String reason) {
            super(reason);
        }
    }
}
