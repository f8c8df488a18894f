package org.argusvms.simulator.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.rtp.RtpStream;
import org.argusvms.simulator.stream.RecordingTransport.RtpPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewerStreamTest {

    private final RtpStream rtp = new RtpStream(0x1234, 100, 5000);
    private final CameraFaults faults = new CameraFaults("cam1");
    private final LiveFeed faultyFeed = LiveFeedTest.feed(10, 5);
    private ViewerStream viewer;

    @AfterEach
    void closeViewer() {
        if (viewer != null) {
            viewer.close();
        }
    }

    @Test
    void startsAtTheNextKeyFrameWithParameterSets() throws Exception {
        LiveFeed feed = LiveFeedTest.feed(10, 5);
        RecordingTransport transport = new RecordingTransport(false);
        viewer = new ViewerStream(feed, rtp, transport, "test-viewer");
        feed.tick();
        feed.tick();

        ViewerStream.PlayStart start = viewer.playStart();
        viewer.play();
        for (int i = 0; i < 6; i++) {
            feed.tick();
        }

        assertEquals(new ViewerStream.PlayStart(100, rtp.timestampOf(2, 25), 2), start);
        List<List<RtpPacket>> frames = transport.takeFrames(2);
        List<RtpPacket> keyFrame = frames.get(0);
        assertEquals(List.of(7, 8, 5), keyFrame.stream().map(RtpPacket::nalType).toList());
        assertEquals(rtp.timestampOf(5, 25), keyFrame.get(0).timestamp(), "frames 2 to 4 were skipped");
        assertEquals(100, keyFrame.get(0).sequenceNumber(), "sequence continues from RTP-Info");
        assertEquals(rtp.timestampOf(6, 25), frames.get(1).get(0).timestamp());
    }

    @Test
    void timestampsAndSequenceNumbersRunOnAcrossClipLoops() throws Exception {
        LiveFeed feed = LiveFeedTest.feed(4, 2);
        RecordingTransport transport = new RecordingTransport(false);
        viewer = new ViewerStream(feed, rtp, transport, "test-viewer");
        viewer.play();

        for (int i = 0; i < 12; i++) {
            feed.tick();
        }

        List<RtpPacket> packets = transport.takeFrames(12).stream().flatMap(List::stream).toList();
        for (int i = 1; i < packets.size(); i++) {
            RtpPacket previous = packets.get(i - 1);
            RtpPacket packet = packets.get(i);
            assertEquals(previous.sequenceNumber() + 1, packet.sequenceNumber());
            int step = packet.timestamp() - previous.timestamp();
            assertTrue(step == 0 || step == 3600, "timestamp step " + step + " at packet " + i);
        }
        assertEquals(rtp.timestampOf(11, 25), packets.get(packets.size() - 1).timestamp());
    }

    @Test
    void sendsSenderReportsWithTheFirstFrameAndEveryFiveSeconds() throws Exception {
        LiveFeed feed = LiveFeedTest.feed(10, 5);
        RecordingTransport transport = new RecordingTransport(false);
        viewer = new ViewerStream(feed, rtp, transport, "test-viewer");
        viewer.play();

        for (int i = 0; i < 5 * 25 + 1; i++) {
            feed.tick();
            transport.takeFrames(1);
        }

        ByteBuffer first = ByteBuffer.wrap(transport.rtcp.poll(5, TimeUnit.SECONDS));
        ByteBuffer second = ByteBuffer.wrap(transport.rtcp.poll(5, TimeUnit.SECONDS));
        assertEquals(rtp.timestampOf(0, 25), first.getInt(16), "reported with the first frame");
        assertEquals(rtp.timestampOf(125, 25), second.getInt(16), "next report 5 s of frames later, not earlier");
        assertEquals(5, second.getInt(8) - first.getInt(8), "NTP seconds 5 s apart");
    }

    @Test
    void aStalledViewerSkipsToTheNextKeyFrameWithoutHoldingUpTheFeed() throws Exception {
        LiveFeed feed = LiveFeedTest.feed(10, 5);
        RecordingTransport transport = new RecordingTransport(true);
        viewer = new ViewerStream(feed, rtp, transport, "test-viewer");
        viewer.play();
        feed.tick();
        transport.awaitFirstPacket();

        // the sender is stuck inside frame 0; 2 s of frames fill the queue, the next tick overflows it
        int queueCapacity = 2 * 25;
        for (int i = 0; i < queueCapacity + 1; i++) {
            feed.tick();
        }
        long overflowedAt = feed.nextFrameIndex();
        for (int i = 0; i < 5; i++) {
            feed.tick();
        }
        transport.release();

        List<List<RtpPacket>> frames = transport.takeFrames(2);
        int resumedTimestamp = frames.get(1).get(0).timestamp();
        long resumedFrame = (resumedTimestamp - rtp.timestampOf(0, 25)) / 3600;
        assertTrue(resumedFrame >= overflowedAt && resumedFrame % 5 == 0,
                "resumed at frame " + resumedFrame + ", expected the first key frame after " + overflowedAt);
        assertEquals(7, frames.get(1).get(0).nalType());
    }

    /** A viewer of {@link #faultyFeed} with {@link #faults}, playing, that has received frame 0 (a key frame). */
    private RecordingTransport playFirstFrame() throws InterruptedException {
        RecordingTransport transport = new RecordingTransport(false);
        viewer = new ViewerStream(faultyFeed, faults, rtp, transport, "test-viewer");
        viewer.play();
        faultyFeed.tick();
        transport.takeFrames(1);
        return transport;
    }

    @Test
    void aStallSendsNothingAndResumesAtAKeyFrame() throws Exception {
        RecordingTransport transport = playFirstFrame();

        faults.inject(Fault.STALL);
        for (int i = 0; i < 6; i++) {
            faultyFeed.tick();
        }
        faults.clear(Fault.STALL);
        for (int i = 0; i < 4; i++) {
            faultyFeed.tick();
        }

        List<RtpPacket> resumed = transport.takeFrames(1).get(0);
        assertEquals(rtp.timestampOf(10, 25), resumed.get(0).timestamp(), "frames 1 to 9 were never sent");
        assertEquals(7, resumed.get(0).nalType(), "resumes with SPS before the key frame");
        assertTrue(transport.garbage.isEmpty());
        assertEquals(1, transport.rtcp.size(), "no sender report during the stall either");
    }

    @Test
    void garbageReplacesFramesAndTheStreamResumesAtAKeyFrame() throws Exception {
        RecordingTransport transport = playFirstFrame();

        faults.inject(Fault.GARBAGE);
        for (int i = 0; i < 3; i++) {
            faultyFeed.tick();
        }
        for (int i = 0; i < 3; i++) {
            byte[] garbage = transport.garbage.poll(5, TimeUnit.SECONDS);
            assertTrue(garbage != null && garbage.length > 0, "garbage instead of frame " + (i + 1));
        }
        faults.clear(Fault.GARBAGE);
        for (int i = 0; i < 3; i++) {
            faultyFeed.tick();
        }

        List<RtpPacket> resumed = transport.takeFrames(1).get(0);
        assertEquals(rtp.timestampOf(5, 25), resumed.get(0).timestamp(), "P-frame 4 skipped: its reference is lost");
        assertEquals(7, resumed.get(0).nalType());
    }

    @Test
    void closeStopsTheSenderAndReleasesTheTransport() throws Exception {
        LiveFeed feed = LiveFeedTest.feed(10, 5);
        RecordingTransport transport = new RecordingTransport(false);
        viewer = new ViewerStream(feed, rtp, transport, "test-viewer-close");
        viewer.play();
        feed.tick();
        transport.takeFrames(1);

        viewer.close();
        feed.tick();

        assertTrue(transport.closed);
        assertFalse(viewer.isPlaying());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("test-viewer-close")), "sender thread ended");
        assertTrue(transport.rtp.isEmpty(), "nothing sent after close");
    }
}
