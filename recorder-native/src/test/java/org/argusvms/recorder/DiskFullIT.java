package org.argusvms.recorder;

import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.storage.EvidenceLocks;
import org.argusvms.recorder.storage.SegmentRecord;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.ControlClient;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.ManagementStub;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recorder on a 16 MB tmpfs that fills up: it deletes the oldest unlocked media, raises storage.full and keeps
 * recording instead of failing. Needs permission to mount a tmpfs (root); skipped otherwise.
 */
class DiskFullIT {

    private static final String CAMERA = "full-1";

    private Path mountPoint;
    private CameraSimulator simulator;
    private ManagementStub management;
    private Recorder recorder;

    @BeforeEach
    void mountSmallFileSystem() throws Exception {
        mountPoint = Files.createTempDirectory("recorder-tmpfs");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (needs root): "
                + new String(mount.getInputStream().readAllBytes()));
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(1).build());
        management = new ManagementStub(new SecureRandom().generateSeed(32));
        recorder = Recorder.start(RecorderOptions.defaults().withStorage(mountPoint).withPorts(0, 0, management.port())
                .withSegmentDuration(Duration.ofSeconds(1)).withMinFreeMegabytes(0), Clock.systemUTC(),
                RecorderFixture.QUICK_SUPERVISION);
    }

    @AfterEach
    void unmount() throws Exception {
        if (recorder != null) {
            recorder.close();
        }
        if (management != null) {
            management.close();
        }
        if (simulator != null) {
            simulator.stop();
        }
        new ProcessBuilder("umount", mountPoint.toString()).start().waitFor(10, TimeUnit.SECONDS);
        Files.deleteIfExists(mountPoint);
    }

    @Test
    void aFullDiskDeletesTheOldestUnlockedMediaRaisesStorageFullAndRecordingGoesOn() throws Exception {
        try (ControlClient control = ControlClient.connect(recorder.controlPort())) {
            control.request(Frames.CMD_APPLY_CAMERA, RecorderFixture.camera(CAMERA,
                    simulator.url("cam1"), RecordingMode.ALWAYS, true).toJson());
        }
        Await.until("four finished segments", PATIENCE, () -> finished().size() >= 4);
        List<SegmentRecord> before = finished();
        SegmentRecord evidence = before.get(0);
        SegmentRecord unlocked = before.get(1);
        recorder.media().locks().lock(new EvidenceLocks.Lock("case-1", CAMERA, evidence.start(),
                evidence.start().plusMillis(100)));

        Instant filledAt = Instant.now();
        fillUp(mountPoint.resolve("filler"));

        Await.until("storage.full raised", PATIENCE, () -> !management.filter(
                event -> event.eventType().equals(RecorderEvent.STORAGE_FULL)).isEmpty());
        Await.until("a segment recorded after the disk filled up", PATIENCE, () -> finished().stream()
                .anyMatch(segment -> segment.start().isAfter(filledAt)));
        assertTrue(Files.exists(mountPoint.resolve(evidence.path())), "evidence is never deleted");
        assertTrue(Files.notExists(mountPoint.resolve(unlocked.path())), "the oldest unlocked segment made room");
        try (ControlClient control = ControlClient.connect(recorder.controlPort())) {
            CameraStatus status = RecorderFixture.recorderStatus(control).camera(CAMERA);
            assertEquals("STREAMING", status.state(), "ingest never stopped");
        }
        SegmentRecord newest = finished().get(finished().size() - 1);
        assertEquals("", Ffprobe.decodeErrors(mountPoint.resolve(newest.path())));
    }

    private List<SegmentRecord> finished() {
        List<SegmentRecord> segments = recorder.media().index().segments(CAMERA, 0, Long.MAX_VALUE);
        return segments.isEmpty() ? segments : segments.subList(0, segments.size() - 1); // the last is in progress
    }

    /** Writes until the file system refuses: ENOSPC. */
    private static void fillUp(Path filler) {
        ByteBuffer megabyte = ByteBuffer.allocate(1 << 20);
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (true) {
                megabyte.clear();
                while (megabyte.hasRemaining()) {
                    channel.write(megabyte);
                }
            }
        } catch (IOException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("No space left"), e.toString());
        }
    }
}
