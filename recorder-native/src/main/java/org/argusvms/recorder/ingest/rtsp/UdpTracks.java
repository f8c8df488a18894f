package org.argusvms.recorder.ingest.rtsp;

import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The UDP port pairs of one camera connection, one {@link UdpTrackReceiver} per track that SETUP asked for over
 * UDP, keyed by the track's control URL. Used on the connection's loop thread only.
 */
final class UdpTracks implements RtpTransportChoice.UdpPorts {

    private final SelectorLoop loop;
    private final InetAddress camera;
    private final ToIntFunction<String> clockRateOf;
    private final Function<String, RtpReorderBuffer.Sink> sinkOf;
    private final UdpTrackReceiver.Owner owner;
    private final Map<String, UdpTrackReceiver> tracks = new LinkedHashMap<>();

    /**
     * @param clockRateOf the RTP clock rate of the track at a control URL
     * @param sinkOf      where the packets of the track at a control URL go, in sequence order
     */
    UdpTracks(SelectorLoop loop, InetAddress camera, ToIntFunction<String> clockRateOf,
              Function<String, RtpReorderBuffer.Sink> sinkOf, UdpTrackReceiver.Owner owner) {
        this.loop = loop;
        this.camera = camera;
        this.clockRateOf = clockRateOf;
        this.sinkOf = sinkOf;
        this.owner = owner;
    }

    @Override
    public int[] open(String control) throws IOException {
        UdpTrackReceiver previous = tracks.remove(control);
        if (previous != null) {
            previous.close(); // SETUP of the same track again (after a 401): a fresh pair
        }
        UdpTrackReceiver track = UdpTrackReceiver.open(loop, camera, clockRateOf.applyAsInt(control),
                sinkOf.apply(control), owner);
        tracks.put(control, track);
        return new int[] {track.rtpPort(), track.rtcpPort()};
    }

    @Override
    public void granted(String control, TransportHeader transport) {
        UdpTrackReceiver track = tracks.get(control);
        if (track != null) {
            track.cameraPorts(transport);
        }
    }

    @Override
    public void closeAll() {
        tracks.values().forEach(UdpTrackReceiver::close);
        tracks.clear();
    }

    /** RTP datagrams from the camera over all tracks. */
    long rtpDatagrams() {
        return tracks.values().stream().mapToLong(UdpTrackReceiver::rtpDatagrams).sum();
    }

    boolean isEmpty() {
        return tracks.isEmpty();
    }
}
