package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.LiveClient;
import org.argusvms.recorder.testing.Mp4Boxes;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live sound is a right of its own: a live-with-audio ticket gets the camera's sound as a second track (AAC as it
 * came, G.711 as FLAC), a plain live ticket of the same camera gets video only and never an audio byte.
 */
class LiveAudioIT extends RecorderFixtureTest {

    /** AAC goes to browsers as it came; G.711, which Media Source does not play, as lossless FLAC. */
    @ParameterizedTest
    @CsvSource({RecorderFixture.AAC_CAMERA + ", live-aac, mp4a.40.2, aac, 16000",
            RecorderFixture.G711_CAMERA + ", live-g711, flac, flac, 8000"})
    void aViewerAllowedToListenGetsTheAudioTrackAndOneWhoIsNotGetsVideoOnly(String simulatorCamera, String cameraId,
            String mimeCodec, String codec, int sampleRate) throws Exception {
        RecorderFixture.assumeIngestWithAudio();
        fixture.apply(camera(cameraId, fixture.simulator.url(simulatorCamera), RecordingMode.OFF, true));
        Await.until("streaming with audio", PATIENCE,
                () -> fixture.recorderStatus().camera(cameraId).framesReceived() > 30);
        try (LiveClient listener = LiveClient.open(fixture.liveUri(cameraId, ticket(cameraId, Purpose.LIVE_AUDIO)));
             LiveClient watcher = LiveClient.open(fixture.liveUri(cameraId, ticket(cameraId, Purpose.LIVE)))) {
            Await.until("two seconds of live media", PATIENCE,
                    () -> listener.binaries.size() > 80 && watcher.binaries.size() > 50);
            listener.close();
            watcher.close();

            JsonObject listenerInit = Json.createReader(new StringReader(listener.texts.get(0))).readObject();
            assertTrue(listenerInit.getBoolean("audio"));
            assertTrue(listenerInit.getString("mime").matches("video/mp4; codecs=\"avc1\\.[0-9a-f]{6},"
                    + mimeCodec.replace(".", "\\.") + "\""), listenerInit.getString("mime"));
            assertEquals(2, trackCount(listener.binaries.get(0)));
            Path heard = fixture.storage.resolve(cameraId + ".mp4");
            Files.write(heard, listener.concatenatedBinary());
            Ffprobe.AudioReport audio = Ffprobe.probeAudio(heard);
            assertEquals(codec, audio.codec());
            assertEquals(sampleRate, audio.sampleRate());
            assertEquals(Ffprobe.streamSpan(heard, "v:0"), audio.spanSeconds(), 0.2, "sound as long as the picture");
            assertEquals("", Ffprobe.decodeErrors(heard));

            JsonObject watcherInit = Json.createReader(new StringReader(watcher.texts.get(0))).readObject();
            assertFalse(watcherInit.getBoolean("audio"));
            assertFalse(watcherInit.getString("mime").contains(mimeCodec));
            assertEquals(1, trackCount(watcher.binaries.get(0)));
            for (byte[] fragment : watcher.binaries.subList(1, watcher.binaries.size())) {
                Mp4Boxes.Box moof = Mp4Boxes.parse(fragment).get(0);
                assertEquals(List.of("mfhd", "traf"), moof.children().stream().map(Mp4Boxes.Box::type).toList(),
                        "video fragments only");
                assertEquals(1, moof.find("traf", "tfhd").u32(4), "track 1, the video");
            }
        } finally {
            fixture.remove(cameraId);
        }
    }

    private String ticket(String cameraId, Purpose purpose) {
        return MediaTicket.issue(fixture.ticketKey, purpose, cameraId, "operator", Instant.now().plusSeconds(60));
    }

    private static long trackCount(byte[] init) {
        return Mp4Boxes.parse(init).get(1).children().stream().filter(box -> box.type().equals("trak")).count();
    }
}
