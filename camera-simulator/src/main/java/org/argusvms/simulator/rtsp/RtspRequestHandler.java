package org.argusvms.simulator.rtsp;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.rtp.RtpStream;
import org.argusvms.simulator.rtp.RtpTransport;
import org.argusvms.simulator.stream.AudioTrackSender;
import org.argusvms.simulator.stream.MetadataTrackSender;
import org.argusvms.simulator.stream.SimulatedCamera;
import org.argusvms.simulator.stream.ViewerStream;

/**
 * Answers the RTSP requests of one connection (the RFC 2326 subset that rtspsrc and ffmpeg use) and owns the
 * sessions created on it. Called only from the connection's thread. Before answering a request for a camera it
 * applies that camera's connection faults: hang up, answer late, or answer DESCRIBE with a malformed response.
 */
final class RtspRequestHandler {

    static final String SERVER_NAME = "Argus Camera Simulator";

    private static final Logger LOG = Logger.getLogger(RtspRequestHandler.class.getName());
    private static final String RTSP_VERSION = "RTSP/1.0";
    private static final Set<String> METHODS =
            Set.of("OPTIONS", "DESCRIBE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER");
    private static final String PUBLIC_METHODS = "OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER";
    /** Each session may hold a UDP port pair and a thread; a client has no reason for more than a few. */
    private static final int MAX_SESSIONS_PER_CONNECTION = 8;
    private static final Set<String> SLOW_START_METHODS = Set.of("DESCRIBE", "SETUP", "PLAY");

    private final RtspServerContext context;
    private final RtspOutput output;
    private final InetAddress localAddress;
    private final InetAddress clientAddress;
    private final String connectionName;
    private final Map<String, StreamSession> sessions = new HashMap<>();
    private final Runnable hangUp;
    /** Cameras this connection asked for; each may hang it up (fault DISCONNECT). */
    private final Set<CameraFaults> watched = new HashSet<>();

    /** @param hangUp closes this connection; called from any thread */
    RtspRequestHandler(RtspServerContext context, RtspOutput output, InetAddress localAddress,
                       InetAddress clientAddress, String connectionName, Runnable hangUp) {
        this.hangUp = hangUp;
        this.context = context;
        this.output = output;
        this.localAddress = localAddress;
        this.clientAddress = clientAddress;
        this.connectionName = connectionName;
    }

    RtspResponse handle(RtspRequest request) {
        RtspResponse response = dispatchOrRefuse(request);
        request.header("CSeq").ifPresent(cseq -> response.headerFirst("CSeq", cseq));
        return response.header("Server", SERVER_NAME);
    }

    private RtspResponse dispatchOrRefuse(RtspRequest request) {
        try {
            return dispatch(request);
        } catch (RtspException e) {
            LOG.fine(() -> connectionName + ": " + request.method() + " refused with " + e.status().code() + ": "
                    + e.getMessage());
            return RtspResponse.of(e.status());
        }
    }

    /** Ends every session of this connection; the connection is going away. */
    void closeSessions() {
        sessions.values().forEach(session -> session.viewer().close());
        sessions.clear();
        watched.forEach(faults -> faults.unwatch(hangUp));
        watched.clear();
    }

    private RtspResponse dispatch(RtspRequest request) throws RtspException {
        if (!request.version().equals(RTSP_VERSION)) {
            throw new RtspException(request.version().startsWith("RTSP/")
                    ? RtspStatus.RTSP_VERSION_NOT_SUPPORTED : RtspStatus.BAD_REQUEST, "unsupported version");
        }
        if (request.header("CSeq").isEmpty()) {
            throw new RtspException(RtspStatus.BAD_REQUEST, "missing CSeq");
        }
        String method = request.method();
        if (!METHODS.contains(method)) {
            throw new RtspException(RtspStatus.NOT_IMPLEMENTED, "method not implemented");
        }
        RtspResponse faulty = injectedFault(request);
        if (faulty != null) {
            return faulty;
        }
        // Cameras commonly answer OPTIONS without credentials; clients probe with it.
        if (!method.equals("OPTIONS")
                && !context.authenticator().isAuthorized(method, request.header("Authorization"))) {
            LOG.fine(() -> connectionName + ": " + method + " without valid credentials");
            return unauthorized();
        }
        return switch (method) {
            case "OPTIONS" -> RtspResponse.of(RtspStatus.OK).header("Public", PUBLIC_METHODS);
            case "DESCRIBE" -> describe(request);
            case "SETUP" -> setup(request);
            case "PLAY" -> play(request);
            case "PAUSE" -> pause(request);
            case "TEARDOWN" -> teardown(request);
            default -> keepAlive(request);
        };
    }

    /** The response a fault of the requested camera dictates, or null to answer normally (perhaps late). */
    private RtspResponse injectedFault(RtspRequest request) throws RtspException {
        SimulatedCamera camera = RtspUri.parse(request.uri()).map(uri -> context.cameras().get(uri.cameraName()))
                .orElse(null);
        if (camera == null) {
            return null;
        }
        CameraFaults faults = camera.faults();
        if (watched.add(faults)) {
            faults.watch(hangUp);
        }
        if (faults.isActive(Fault.DISCONNECT)) {
            return RtspResponse.hangUp();
        }
        if (faults.isActive(Fault.SLOW_START) && SLOW_START_METHODS.contains(request.method())) {
            answerLate(faults);
        }
        if (request.method().equals("DESCRIBE") && faults.isActive(Fault.MALFORMED_SDP)) {
            return MalformedResponses.unusableSdp();
        }
        if (request.method().equals("DESCRIBE") && faults.isActive(Fault.MALFORMED_RTSP)) {
            return MalformedResponses.garbledStatusLine(request);
        }
        return null;
    }

    private void answerLate(CameraFaults faults) {
        try {
            Thread.sleep(faults.slowStartDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RtspResponse unauthorized() {
        RtspResponse response = RtspResponse.of(RtspStatus.UNAUTHORIZED);
        context.authenticator().challenges().forEach(challenge -> response.header("WWW-Authenticate", challenge));
        return response;
    }

    private RtspResponse describe(RtspRequest request) throws RtspException {
        RtspUri uri = resolve(request);
        SimulatedCamera camera = cameraOf(uri);
        long sdpSessionId = context.random().nextLong() & Long.MAX_VALUE;
        String sdp = SdpDescription.of(camera.name(), camera.feed().currentFormat(), camera.audio(), localAddress,
                sdpSessionId) + (camera.metadata() ? SdpDescription.metadataMedia() : "");
        return RtspResponse.of(RtspStatus.OK)
                .header("Content-Base", uri.contentBase())
                .body("application/sdp", sdp.getBytes(StandardCharsets.UTF_8));
    }

    private RtspResponse setup(RtspRequest request) throws RtspException {
        RtspUri uri = resolve(request);
        SimulatedCamera camera = cameraOf(uri);
        TransportSpec transport = TransportSpec.negotiate(request.header("Transport")
                .orElseThrow(() -> new RtspException(RtspStatus.BAD_REQUEST, "SETUP without Transport header")));
        if (uri.audioTrack()) {
            return setupAudio(request, camera, transport);
        }
        if (uri.metadataTrack()) {
            return setupMetadata(request, camera, transport);
        }
        StreamSession existing = null;
        if (request.sessionId().isPresent()) {
            existing = sessionOf(request);
            if (existing.viewer().isPlaying() || !existing.camera().equals(camera)) {
                throw new RtspException(RtspStatus.METHOD_NOT_VALID_IN_THIS_STATE,
                        "a session streams one camera and is set up before PLAY");
            }
        } else if (sessions.size() >= MAX_SESSIONS_PER_CONNECTION) {
            throw new RtspException(RtspStatus.SERVICE_UNAVAILABLE, "too many sessions on one connection");
        }

        RtpStream rtp = new RtpStream(context.random());
        NegotiatedTransport negotiated = open(transport, rtp, camera);
        RtpTransport rtpTransport = negotiated.transport();
        String transportHeader = negotiated.responseHeader();
        String sessionId = existing != null ? existing.id() : newSessionId();
        ViewerStream viewer = new ViewerStream(camera.feed(), camera.faults(), rtp, rtpTransport,
                connectionName + "-rtp-" + sessionId);
        if (existing != null) {
            existing.viewer().close();
        }
        sessions.put(sessionId, new StreamSession(sessionId, camera, viewer));
        return RtspResponse.of(RtspStatus.OK)
                .header("Transport", transportHeader)
                .header("Session", sessionHeader(sessionId));
    }

    private record NegotiatedTransport(RtpTransport transport, String responseHeader) {
    }

    private NegotiatedTransport open(TransportSpec transport, RtpStream rtp, SimulatedCamera camera)
            throws RtspException {
        if (transport.kind() == TransportSpec.Kind.TCP_INTERLEAVED) {
            return new NegotiatedTransport(new TcpInterleavedTransport(output, transport.rtp(), transport.rtcp()),
                    transport.toResponseHeader(rtp.ssrc(), Optional.empty()));
        }
        if (camera.faults().isActive(Fault.REFUSE_UDP)) {
            throw new RtspException(RtspStatus.UNSUPPORTED_TRANSPORT, "this camera streams over TCP only");
        }
        UdpTransport udp = openUdp(transport);
        return new NegotiatedTransport(new ImpairedUdpTransport(udp, camera.faults()), transport.toResponseHeader(
                rtp.ssrc(), Optional.of(new int[] {udp.serverRtpPort(), udp.serverRtcpPort()})));
    }

    /** The audio track joins the session its video track created: the two are one viewer, sent in sync. */
    private RtspResponse setupAudio(RtspRequest request, SimulatedCamera camera, TransportSpec transport)
            throws RtspException {
        if (!camera.hasAudio()) {
            throw new RtspException(RtspStatus.NOT_FOUND, "this camera has no audio track");
        }
        StreamSession session = sessionToJoin(request, camera);
        RtpStream rtp = new RtpStream(context.random(), camera.audio().codec().payloadType());
        NegotiatedTransport negotiated = open(transport, rtp, camera);
        session.viewer().attachAudio(new AudioTrackSender(camera.audio(), rtp, negotiated.transport(),
                camera.feed().fps()));
        return RtspResponse.of(RtspStatus.OK)
                .header("Transport", negotiated.responseHeader())
                .header("Session", sessionHeader(session.id()));
    }

    /** The metadata track joins the session its video track created, like the audio track. */
    private RtspResponse setupMetadata(RtspRequest request, SimulatedCamera camera, TransportSpec transport)
            throws RtspException {
        if (!camera.metadata()) {
            throw new RtspException(RtspStatus.NOT_FOUND, "this camera has no metadata track");
        }
        StreamSession session = sessionToJoin(request, camera);
        RtpStream rtp = new RtpStream(context.random(), MetadataTrackSender.PAYLOAD_TYPE);
        NegotiatedTransport negotiated = open(transport, rtp, camera);
        session.viewer().attachMetadata(new MetadataTrackSender(rtp, negotiated.transport(), camera.feed().fps()));
        return RtspResponse.of(RtspStatus.OK)
                .header("Transport", negotiated.responseHeader())
                .header("Session", sessionHeader(session.id()));
    }

    /** The session of the camera's video track, which a further track joins before PLAY. */
    private StreamSession sessionToJoin(RtspRequest request, SimulatedCamera camera) throws RtspException {
        if (request.sessionId().isEmpty()) {
            throw new RtspException(RtspStatus.METHOD_NOT_VALID_IN_THIS_STATE, "set up the video track first");
        }
        StreamSession session = sessionOf(request);
        if (session.viewer().isPlaying() || !session.camera().equals(camera)) {
            throw new RtspException(RtspStatus.METHOD_NOT_VALID_IN_THIS_STATE,
                    "a session streams one camera and is set up before PLAY");
        }
        return session;
    }

    private RtspResponse play(RtspRequest request) throws RtspException {
        StreamSession session = sessionOf(request);
        RtspUri uri = resolve(request);
        RtspResponse response = RtspResponse.of(RtspStatus.OK)
                .header("Range", "npt=0.000-")
                .header("Session", sessionHeader(session.id()));
        if (session.viewer().isPlaying()) {
            return response;
        }
        ViewerStream.PlayStart start = session.viewer().playStart();
        String rtpInfo = "url=" + uri.trackUrl() + ";seq=" + start.sequenceNumber()
                + ";rtptime=" + Integer.toUnsignedString(start.rtpTimestamp());
        AudioTrackSender audio = session.viewer().audio();
        if (audio != null) {
            rtpInfo += ",url=" + uri.audioTrackUrl() + ";seq=" + audio.rtp().nextSequenceNumber()
                    + ";rtptime=" + Integer.toUnsignedString(audio.timestampAtFrame(start.frameIndex()));
        }
        MetadataTrackSender metadata = session.viewer().metadata();
        if (metadata != null) {
            rtpInfo += ",url=" + uri.metadataTrackUrl() + ";seq=" + metadata.rtp().nextSequenceNumber()
                    + ";rtptime=" + Integer.toUnsignedString(metadata.timestampAtFrame(start.frameIndex()));
        }
        return response
                .header("RTP-Info", rtpInfo)
                .afterSent(session.viewer()::play);
    }

    private RtspResponse pause(RtspRequest request) throws RtspException {
        StreamSession session = sessionOf(request);
        session.viewer().pause();
        return RtspResponse.of(RtspStatus.OK).header("Session", sessionHeader(session.id()));
    }

    private RtspResponse teardown(RtspRequest request) throws RtspException {
        StreamSession session = sessionOf(request);
        sessions.remove(session.id());
        session.viewer().close();
        return RtspResponse.of(RtspStatus.OK);
    }

    /** GET_PARAMETER without a body is the usual keep-alive. */
    private RtspResponse keepAlive(RtspRequest request) throws RtspException {
        RtspResponse response = RtspResponse.of(RtspStatus.OK);
        if (request.sessionId().isPresent()) {
            response.header("Session", sessionHeader(sessionOf(request).id()));
        }
        return response;
    }

    private UdpTransport openUdp(TransportSpec transport) throws RtspException {
        try {
            return UdpTransport.open(localAddress, clientAddress, transport.rtp(), transport.rtcp());
        } catch (IOException e) {
            LOG.log(Level.WARNING, connectionName + ": cannot open UDP ports for RTP", e);
            throw new RtspException(RtspStatus.SERVICE_UNAVAILABLE, "no UDP ports available");
        }
    }

    private static RtspUri resolve(RtspRequest request) throws RtspException {
        return RtspUri.parse(request.uri())
                .orElseThrow(() -> new RtspException(RtspStatus.NOT_FOUND, "no camera at this path"));
    }

    private SimulatedCamera cameraOf(RtspUri uri) throws RtspException {
        SimulatedCamera camera = context.cameras().get(uri.cameraName());
        if (camera == null) {
            throw new RtspException(RtspStatus.NOT_FOUND, "no camera at this path");
        }
        return camera;
    }

    private StreamSession sessionOf(RtspRequest request) throws RtspException {
        String id = request.sessionId()
                .orElseThrow(() -> new RtspException(RtspStatus.SESSION_NOT_FOUND, "missing Session header"));
        StreamSession session = sessions.get(id);
        if (session == null) {
            throw new RtspException(RtspStatus.SESSION_NOT_FOUND, "unknown session");
        }
        return session;
    }

    private String newSessionId() {
        return HexFormat.of().withUpperCase().toHexDigits(context.random().nextLong());
    }

    private String sessionHeader(String sessionId) {
        return sessionId + ";timeout=" + context.sessionTimeout().toSeconds();
    }
}
