package org.argusvms.recorder.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.argusvms.recorder.protocol.MediaTicket.Purpose;

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

    @Test
    void ticketOpensOnlyTheRoutesOfItsPurpose() {
        String live = MediaTicket.issue(key, Purpose.LIVE, "cam-1", "guard", now.plusSeconds(60));
        String export = MediaTicket.issue(key, Purpose.EXPORT, "cam-1", "operator", now.plusSeconds(60));
        assertEquals("guard", MediaTicket.verify(key, live, "cam-1", now));
        SecurityException refused = assertThrows(SecurityException.class,
                () -> MediaTicket.verify(key, live, "cam-1", Set.of(Purpose.EXPORT), now));
        assertEquals("media ticket is for live, not for this request", refused.getMessage());
        assertThrows(SecurityException.class, () -> MediaTicket.verify(key, export, "cam-1", now));
        assertEquals("operator",
                MediaTicket.verify(key, export, "cam-1", Set.of(Purpose.PLAYBACK, Purpose.EXPORT), now));
    }

    @Test
    void versionOneTicketsStillAdmitToLiveVideoOnly() {
        byte[] payload = ("cam-1|operator|" + now.plusSeconds(60).getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        String versionOne = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(payload));
        assertEquals("operator", MediaTicket.verify(key, versionOne, "cam-1", now));
        assertThrows(SecurityException.class,
                () -> MediaTicket.verify(key, versionOne, "cam-1", Set.of(Purpose.PLAYBACK, Purpose.EXPORT), now));
    }

    private byte[] hmac(byte[] payload) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void liveTicketsTellWhetherTheCallerMayListen() {
        Set<MediaTicket.Purpose> live = Set.of(MediaTicket.Purpose.LIVE, MediaTicket.Purpose.LIVE_AUDIO);
        String withSound = MediaTicket.issue(key, MediaTicket.Purpose.LIVE_AUDIO, "cam-1", "operator",
                now.plusSeconds(60));
        String silent = MediaTicket.issue(key, "cam-1", "operator", now.plusSeconds(60));

        assertEquals(MediaTicket.Purpose.LIVE_AUDIO, MediaTicket.verifiedPurpose(key, withSound, "cam-1", live, now));
        assertEquals(MediaTicket.Purpose.LIVE, MediaTicket.verifiedPurpose(key, silent, "cam-1", live, now));
        assertEquals("operator", MediaTicket.verify(key, withSound, "cam-1", now), "sound extends live");
    }

    @Test
    void ticketsWithSoundAdmitOnlyWhereTheirBaseDoes() {
        String playback = MediaTicket.issue(key, MediaTicket.Purpose.PLAYBACK_AUDIO, "cam-1", "operator",
                now.plusSeconds(60));

        assertEquals(MediaTicket.Purpose.PLAYBACK_AUDIO, MediaTicket.verifiedPurpose(key, playback, "cam-1",
                Set.of(MediaTicket.Purpose.PLAYBACK), now));
        assertThrows(SecurityException.class, () -> MediaTicket.verify(key, playback, "cam-1",
                Set.of(MediaTicket.Purpose.EXPORT, MediaTicket.Purpose.LIVE), now));
        assertEquals(MediaTicket.Purpose.EXPORT_AUDIO, MediaTicket.Purpose.EXPORT.withAudio(true));
        assertEquals(MediaTicket.Purpose.EXPORT, MediaTicket.Purpose.EXPORT_AUDIO.withAudio(false));
    }
}
