package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameraSessionTest {

    private static final CameraConfiguration CAMERA = new CameraConfiguration("cam-1", "Cam", URI.create(
            "rtsp://camera.invalid/stream"), null, null, RecordingMode.ALWAYS, true);
    private static final IngestSettings FAST = new IngestSettings(Duration.ofMillis(300), Duration.ofMillis(20),
            Duration.ofMillis(80));

    private final RecordedEvents events = new RecordedEvents();
    private final List<VideoFrame> received = new CopyOnWriteArrayList<>();
    private final List<String> interruptions = new CopyOnWriteArrayList<>();
    private final List<FakePipeline> pipelines = new CopyOnWriteArrayList<>();
    private final FrameListener listener = new FrameListener() {
        @Override
        public void onFrame(VideoFrame frame) {
            received.add(frame);
        }

        @Override
        public void onStreamInterrupted(String reason) {
            interruptions.add(reason);
        }
    };
    private CameraSession session;

    /** Plays scripted behaviour instead of connecting to a camera. */
    private final class FakePipeline implements CameraPipeline {
        final CameraPipeline.Listener listener;
        final Runnable behaviour;
        volatile boolean closed;

        FakePipeline(CameraPipeline.Listener listener, Runnable behaviour) {
            this.listener = listener;
            this.behaviour = behaviour;
        }

        @Override
        public void start() {
            new Thread(behaviour).start();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private CameraSession session(java.util.function.Function<CameraPipeline.Listener, Runnable> script) {
        return session(FAST, script);
    }

    private CameraSession session(IngestSettings settings,
                                  java.util.function.Function<CameraPipeline.Listener, Runnable> script) {
        session = new CameraSession(CAMERA, List.of(listener), events, settings, Clock.systemUTC(),
                (configuration, pipelineListener) -> {
                    FakePipeline pipeline = new FakePipeline(pipelineListener, script.apply(pipelineListener));
                    pipelines.add(pipeline);
                    return pipeline;
                });
        return session;
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.stop("test over");
        }
    }

    @Test
    void deliversFramesFromTheFirstKeyframeAndReportsTheConnection() {
        List<byte[]> units = H264Clips.accessUnits(H264Clips.HIGH_320X180);
        session(listener -> () -> {
            for (int i = 20; i < units.size(); i++) { // joins mid-GOP: frames 20..24 are not decodable
                listener.onAccessUnit(units.get(i), i * 40_000_000L, -1, H264Clips.isKeyframe(units.get(i)));
            }
        }).start();

        Await.until("25 frames", Duration.ofSeconds(5), () -> received.size() == 25);

        assertTrue(received.get(0).keyframe());
        assertEquals(25, session.framesReceived());
        assertEquals(5, session.framesDiscarded());
        assertEquals(CameraState.STREAMING, session.state());
        RecordedEvents.Published connected = events.all().get(0);
        assertEquals(RecorderEvent.CAMERA_CONNECTED, connected.eventType());
        assertEquals("320", connected.attributes().get("width"));
        assertEquals("avc1.64000c", connected.attributes().get("codec"));
    }

    @Test
    void anH265ConnectionDeliversHevcFramesWithVpsSpsAndPps() {
        List<byte[]> units = H264Clips.accessUnits(H264Clips.MAIN_320X180_H265);
        session(listener -> () -> {
            listener.onVideoCodec(VideoCodec.H265);
            for (int i = 0; i < units.size(); i++) {
                listener.onAccessUnit(units.get(i), i * 40_000_000L, -1, i % 25 == 0);
            }
        }).start();

        Await.until("50 frames", Duration.ofSeconds(5), () -> received.size() == 50);

        assertEquals(VideoCodec.H265, received.get(0).parameterSets().codec());
        assertEquals(1, received.get(0).parameterSets().videoParameterSetNals().size());
        assertEquals(List.of(0, 25), java.util.stream.IntStream.range(0, 50)
                .filter(i -> received.get(i).keyframe()).boxed().toList());
        assertEquals("hvc1.1.6.L60.90", events.all().get(0).attributes().get("codec"));
        assertEquals("180", events.all().get(0).attributes().get("height"));
    }

    @Test
    void aFailingCameraIsRetriedWithBackoffAndReportedOnceWithoutLeakingThreads() {
        int threadsBefore = Thread.activeCount();
        session(listener -> () -> listener.onFailure("Could not open resource for reading and writing.")).start();

        Await.until("several attempts", Duration.ofSeconds(5), () -> pipelines.size() >= 6);

        assertEquals(1, events.count(RecorderEvent.CAMERA_DISCONNECTED), "one event per outage, not per attempt");
        assertTrue(session.lastError().contains("Could not open resource"));
        Await.until("every replaced pipeline closed", Duration.ofSeconds(2),
                () -> pipelines.subList(0, pipelines.size() - 1).stream().allMatch(p -> p.closed));
        Await.until("threads back to normal", Duration.ofSeconds(2), () -> Thread.activeCount() <= threadsBefore + 2);
    }

    @Test
    void aStalledStreamIsTornDownReportedAndReconnected() {
        List<byte[]> units = H264Clips.accessUnits(H264Clips.HIGH_320X180);
        AtomicInteger attempt = new AtomicInteger();
        session(listener -> () -> {
            if (attempt.incrementAndGet() <= 2) {
                for (int i = 0; i < 5; i++) { // five frames, then silence
                    listener.onAccessUnit(units.get(i), i * 40_000_000L, -1, H264Clips.isKeyframe(units.get(i)));
                }
            }
        }).start();

        Await.until("a second stall detected", Duration.ofSeconds(5),
                () -> events.count(RecorderEvent.CAMERA_DISCONNECTED) == 2);

        assertEquals(List.of(RecorderEvent.CAMERA_CONNECTED, RecorderEvent.CAMERA_DISCONNECTED,
                RecorderEvent.CAMERA_CONNECTED, RecorderEvent.CAMERA_DISCONNECTED), events.types().subList(0, 4));
        assertTrue(events.all().get(1).attributes().get("reason").startsWith("no video for"));
        assertEquals(2, interruptions.size());
        assertTrue(pipelines.get(0).closed);
        assertTrue(received.get(5).decodeTime() > received.get(4).decodeTime(), "timeline continues");
    }

    @Test
    void accessUnitsThatNeverMakeAFrameKeepNoConnectionAlive() {
        List<byte[]> units = H264Clips.accessUnits(H264Clips.HIGH_320X180);
        byte[] delimiterOnly = {0, 0, 0, 1, 0x09, (byte) 0xF0};
        session(listener -> () -> {
            for (int i = 0; i < 5; i++) {
                listener.onAccessUnit(units.get(i), i * 40_000_000L, -1, H264Clips.isKeyframe(units.get(i)));
            }
            for (int i = 5; i < 150 && !pipelines.get(pipelines.size() - 1).closed; i++) { // 3 s of junk
                listener.onAccessUnit(delimiterOnly, i * 40_000_000L, -1, false);
                pause(Duration.ofMillis(20));
            }
        }).start();

        Await.until("the junk is treated as a stall", Duration.ofSeconds(2),
                () -> events.count(RecorderEvent.CAMERA_DISCONNECTED) == 1);

        assertEquals("no video for 300 ms", events.all().get(1).attributes().get("reason"));
        assertTrue(session.framesDiscarded() > 0);
    }

    @Test
    void aSlowHandshakeHasTheConnectTimeoutNotTheStallTimeout() {
        IngestSettings patientConnect = new IngestSettings(Duration.ofMillis(300), Duration.ofMillis(20),
                Duration.ofMillis(80), Duration.ofSeconds(3));
        List<byte[]> units = H264Clips.accessUnits(H264Clips.HIGH_320X180);
        session(patientConnect, listener -> () -> {
            pause(Duration.ofMillis(900)); // three RTSP round trips of a slow camera
            for (int i = 0; i < units.size(); i++) {
                listener.onAccessUnit(units.get(i), i * 40_000_000L, -1, H264Clips.isKeyframe(units.get(i)));
            }
        }).start();

        Await.until("streaming", Duration.ofSeconds(3), () -> received.size() == units.size());

        assertEquals(List.of(RecorderEvent.CAMERA_CONNECTED), events.types());
        assertEquals(1, pipelines.size(), "no second pipeline while the first was still connecting");
    }

    /** The fake camera's own pace, not a test waiting for a condition. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void stoppingClosesThePipelineAndNoFrameArrivesAfterwards() {
        List<byte[]> units = H264Clips.accessUnits(H264Clips.HIGH_320X180);
        session(listener -> () -> listener.onAccessUnit(units.get(0), 0, -1, true)).start();
        Await.until("first frame", Duration.ofSeconds(5), () -> received.size() == 1);

        session.stop("camera disabled");
        pipelines.get(0).listener.onAccessUnit(units.get(1), 40_000_000L, -1, false);

        assertTrue(pipelines.get(0).closed);
        assertEquals(1, received.size());
        assertEquals(CameraState.DISABLED, session.state());
        assertEquals(List.of("camera disabled"), interruptions);
        session = null;
    }
}
