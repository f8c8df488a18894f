package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AudioClockTest {

    @Test
    void rtpInfoPutsAudioOnTheVideoTimelineAcrossARandomOrigin() {
        int videoRtpTime = 90_000 * 10; // the video time line reads 10 s there
        int audioRtpTime = 0xFFFFF000; // a random origin about to wrap
        AudioClock clock = AudioClock.fromRtpInfo(90_000, videoRtpTime, 16_000, audioRtpTime);

        assertEquals(10_000_000_000L, clock.toVideoNanos(audioRtpTime, -1));
        assertEquals(10_064_000_000L, clock.toVideoNanos(audioRtpTime + 1024, -1), "one AAC frame later");
        assertEquals(11_000_000_000L, clock.toVideoNanos(audioRtpTime + 16_000, -1), "across the 32-bit wrap");
    }

    @Test
    void withoutRtpInfoTheFirstAudioIsPlacedAtTheLastVideo() {
        AudioClock clock = AudioClock.fromArrival(8_000);

        assertEquals(-1, clock.toVideoNanos(5000, -1), "no video yet: cannot be placed");
        assertEquals(2_000_000_000L, clock.toVideoNanos(5000, 2_000_000_000L));
        assertEquals(2_040_000_000L, clock.toVideoNanos(5320, 2_500_000_000L), "then its own clock counts");
    }

    @Test
    void rtpInfoIsReadPerTrack() {
        RtpInfo info = RtpInfo.parse("url=rtsp://cam/s/trackID=0;seq=1;rtptime=4294967295,"
                + "url=rtsp://cam/s/trackID=1;seq=9;rtptime=1234");

        assertEquals(-1, info.rtpTimeOf("rtsp://cam/s/trackID=0", "trackID=0").getAsInt());
        assertEquals(1234, info.rtpTimeOf("rtsp://other/trackID=1", "trackID=1").getAsInt());
        assertEquals(false, RtpInfo.parse("url=x;seq=1").rtpTimeOf("x", null).isPresent());
    }
}
