package org.argusvms.recorder.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MediaTicketTest {

    private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void validTicketNamesItsSubject() {
        String ticket = MediaTicket.issue(key, "cam-1", "operator", now.plusSeconds(60));
        assertEquals("operator", MediaTicket.verify(key, ticket, "cam-1", now));
    }

    @Test
    void ticketForAnotherCameraIsRefused() {
        String ticket = MediaTicket.issue(key, "cam-1", "operator", now.plusSeconds(60));
        assertThrows(SecurityException.class, () -> MediaTicket.verify(key, ticket, "cam-2", now));
    }

    @Test
    void expiredTicketIsRefused() {
        String ticket = MediaTicket.issue(key, "cam-1", "operator", now.plusSeconds(60));
        assertThrows(SecurityException.class, () -> MediaTicket.verify(key, ticket, "cam-1", now.plusSeconds(60)));
    }

    @Test
    void ticketSignedWithAnotherKeyOrTamperedIsRefused() {
        String ticket = MediaTicket.issue(key, "cam-1", "operator", now.plusSeconds(60));
        byte[] otherKey = "another-key-another-key-another!".getBytes(StandardCharsets.US_ASCII);
        assertThrows(SecurityException.class, () -> MediaTicket.verify(otherKey, ticket, "cam-1", now));
        String forged = MediaTicket.issue(otherKey, "cam-1", "admin", now.plusSeconds(3600)).split("\\.")[0]
                + "." + ticket.split("\\.")[1];
        assertThrows(SecurityException.class, () -> MediaTicket.verify(key, forged, "cam-1", now));
        for (String garbage : new String[] {null, "", ".", "abc", "!!!.???"}) {
            assertThrows(SecurityException.class, () -> MediaTicket.verify(key, garbage, "cam-1", now));
        }
    }
}
