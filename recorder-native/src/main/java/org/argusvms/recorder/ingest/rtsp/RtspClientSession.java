package org.argusvms.recorder.ingest.rtsp;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RTSP conversation of one recording connection, without any I/O: OPTIONS, DESCRIBE, SETUP of the video track
 * with RTP interleaved on the connection or over UDP ({@link RtpTransportChoice}) and of the audio and ONVIF metadata
 * tracks when interleaved, PLAY, then keep-alives within the session timeout and TEARDOWN at the end.
 * Each response yields the next request to send. A 401 is answered once per request with the configured
 * credentials; every other refusal ends the conversation with a reason fit for the operator.
 */
final class RtspClientSession {

    private enum Step { OPTIONS, DESCRIBE, SETUP, SETUP_AUDIO, SETUP_METADATA, PLAY, PLAYING }

    static final String USER_AGENT = "Argus Recorder";
    /** RFC 2326's default session timeout, when SETUP names none. */
    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    private static final Pattern TIMEOUT = Pattern.compile(";\\s*timeout\\s*=\\s*(\\d{1,9})", Pattern.CASE_INSENSITIVE);
    /** {@link #furtherTrackChannel}'s answer for a track the camera agreed to send over UDP. */
    private static final int OVER_UDP = -2;

    private final RtspUrl url;
    private final RtspAuthenticator authenticator;
    private final RtpTransportChoice transports;
    private Step step = Step.OPTIONS;
    private int nextCseq = 1;
    private int pendingCseq;
    private String pendingMethod;
    private String pendingUri;
    private String pendingHeaders;
    private boolean pendingCarriesAnswer;
    private RtspAuthenticator.Authorization authorization;
    private boolean getParameterSupported;
    private String baseUrl;
    private VideoTrack track;
    private AudioTrack audioTrack;
    private String sessionId;
    private int rtpChannel;
    private int audioRtpChannel = -1;
    private MetadataTrack metadataTrack;
    private int metadataRtpChannel = -1;
    /** The audio track was set up over UDP (its own port pair), not on an interleaved channel. */
    private boolean audioOverUdp;
    private RtpInfo rtpInfo = RtpInfo.NONE;
    private long keepAliveIntervalNanos = TimeUnit.SECONDS.toNanos(DEFAULT_TIMEOUT_SECONDS / 2);
    private long lastRequestNanos;

    /** A conversation that receives RTP interleaved in the RTSP connection. */
    RtspClientSession(RtspUrl url, RtspAuthenticator authenticator) {
        this(url, authenticator, RtpTransportChoice.tcp());
    }

    /**
     * @param authenticator answers 401 challenges; null when the camera has no credentials configured
     * @param transports    what SETUP asks for (TCP, UDP, or UDP falling back to TCP)
     */
    RtspClientSession(RtspUrl url, RtspAuthenticator authenticator, RtpTransportChoice transports) {
        this.url = url;
        this.authenticator = authenticator;
        this.transports = transports;
    }

    byte[] start(long nowNanos) {
        return request("OPTIONS", url.requestUri(), "", nowNanos);
    }

    /**
     * Takes the camera's answer to the request sent last and returns the next request, or null when there is none.
     *
     * @throws RtspProtocolException when the camera refused or broke the conversation
     */
    byte[] onResponse(RtspResponse response, long nowNanos) throws RtspProtocolException {
        Integer cseq = cseqOf(response);
        if (step == Step.PLAYING) {
            if (response.status() == 454) {
                throw new RtspProtocolException("camera ended the RTSP session (" + response.statusText() + ")");
            }
            return null; // a keep-alive's answer; cameras that do not know GET_PARAMETER may refuse it harmlessly
        }
        if (cseq != null && cseq != pendingCseq) {
            throw new RtspProtocolException("camera's RTSP answer to " + pendingMethod + " has CSeq " + cseq
                    + ", expected " + pendingCseq);
        }
        if (response.status() == 401) {
            return answerChallenge(response, nowNanos);
        }
        pendingCarriesAnswer = false;
        if (step == Step.SETUP && response.status() == 461 && transports.refused()) {
            return setup(pendingUri, nowNanos); // 461 Unsupported Transport: AUTO asks again for TCP
        }
        if (!response.isSuccess() && step == Step.SETUP_AUDIO) {
            audioTrack = null; // the video is what must be recorded; a camera refusing its audio track keeps it
            return nextTrackOrPlay(nowNanos);
        }
        if (!response.isSuccess() && step == Step.SETUP_METADATA) {
            metadataTrack = null; // likewise: metadata is optional
            return play(nowNanos);
        }
        if (!response.isSuccess() && step != Step.OPTIONS) {
            throw new RtspProtocolException("camera answered " + pendingMethod + " with " + response.statusText());
        }
        return switch (step) {
            case OPTIONS -> afterOptions(response, nowNanos);
            case DESCRIBE -> afterDescribe(response, nowNanos);
            case SETUP -> afterSetup(response, nowNanos);
            case SETUP_AUDIO -> afterAudioSetup(response, nowNanos);
            case SETUP_METADATA -> afterMetadataSetup(response, nowNanos);
            case PLAY -> {
                rtpInfo = RtpInfo.parse(response.header("RTP-Info"));
                step = Step.PLAYING;
                yield null;
            }
            case PLAYING -> null;
        };
    }

    private byte[] afterOptions(RtspResponse response, long nowNanos) {
        String methods = response.header("Public");
        getParameterSupported = methods != null && methods.toUpperCase(Locale.ROOT).contains("GET_PARAMETER");
        step = Step.DESCRIBE;
        return request("DESCRIBE", url.requestUri(), "Accept: application/sdp\r\n", nowNanos);
    }

    private byte[] afterDescribe(RtspResponse response, long nowNanos) throws RtspProtocolException {
        track = SessionDescription.firstVideoTrack(response.bodyText());
        audioTrack = AudioSessionDescription.firstAudioTrack(response.bodyText());
        metadataTrack = MetadataSessionDescription.firstMetadataTrack(response.bodyText());
        baseUrl = firstAbsolute(response.header("Content-Base"), response.header("Content-Location"),
                url.requestUri());
        step = Step.SETUP;
        return setup(RtspUrl.resolveControl(baseUrl, track.control()), nowNanos);
    }

    private byte[] setup(String trackUrl, long nowNanos) throws RtspProtocolException {
        return request("SETUP", trackUrl, "Transport: " + transports.offer(trackUrl) + "\r\n", nowNanos);
    }

    private byte[] afterSetup(RtspResponse response, long nowNanos) throws RtspProtocolException {
        String session = response.header("Session");
        if (session == null || session.isBlank()) {
            throw new RtspProtocolException("camera answered SETUP without a session");
        }
        int semicolon = session.indexOf(';');
        sessionId = (semicolon < 0 ? session : session.substring(0, semicolon)).strip();
        Matcher timeout = TIMEOUT.matcher(session);
        if (timeout.find()) {
            long seconds = Math.max(2, Math.min(3600, Long.parseLong(timeout.group(1))));
            keepAliveIntervalNanos = TimeUnit.SECONDS.toNanos(seconds) / 2;
        }
        String transport = response.header("Transport");
        rtpChannel = transports.agreed(pendingUri, transport == null ? null : TransportHeader.parse(transport));
        return nextTrackOrPlay(nowNanos);
    }

    /**
     * SETUP of the audio track (interleaved or over UDP, as the video), then of the metadata track (interleaved only:
     * over UDP it is not received), each when the camera has one; then PLAY.
     */
    private byte[] nextTrackOrPlay(long nowNanos) throws RtspProtocolException {
        if (step == Step.SETUP && audioTrack != null) {
            step = Step.SETUP_AUDIO;
            return setupFurtherTrack(audioTrack.control(), nowNanos);
        }
        if (step != Step.SETUP_METADATA && metadataTrack != null && rtpChannel >= 0) {
            step = Step.SETUP_METADATA;
            return setupFurtherTrack(metadataTrack.control(), nowNanos);
        }
        return play(nowNanos);
    }

    private byte[] setupFurtherTrack(String control, long nowNanos) throws RtspProtocolException {
        String trackUrl = RtspUrl.resolveControl(baseUrl, control);
        return request("SETUP", trackUrl, "Transport: " + transports.offer(trackUrl) + "\r\n", nowNanos);
    }

    /**
     * The audio track on its own interleaved pair (the one after the video's) or its own UDP port pair, as the video;
     * anything else records video only.
     */
    private byte[] afterAudioSetup(RtspResponse response, long nowNanos) throws RtspProtocolException {
        int channel = furtherTrackChannel(response);
        if (channel >= 0) {
            audioRtpChannel = channel;
        } else if (channel == OVER_UDP && rtpChannel < 0) {
            audioOverUdp = true;
        } else {
            audioTrack = null;
        }
        return nextTrackOrPlay(nowNanos);
    }

    /** The metadata track's own interleaved pair; anything else records without metadata. */
    private byte[] afterMetadataSetup(RtspResponse response, long nowNanos) {
        int channel = furtherTrackChannel(response);
        if (channel >= 0 && channel != audioRtpChannel) {
            metadataRtpChannel = channel;
        } else {
            metadataTrack = null;
        }
        return play(nowNanos);
    }

    /**
     * The interleaved RTP channel the camera agreed to for a track after the video, {@link #OVER_UDP} when it agreed
     * to UDP, or -1 if the answer is unusable.
     */
    private int furtherTrackChannel(RtspResponse response) {
        String transport = response.header("Transport");
        try {
            int channel = transports.agreed(pendingUri, transport == null ? null : TransportHeader.parse(transport));
            return channel < 0 ? OVER_UDP : channel != rtpChannel ? channel : -1;
        } catch (RtspProtocolException e) {
            return -1;
        }
    }

    private byte[] play(long nowNanos) {
        step = Step.PLAY;
        return request("PLAY", RtspUrl.resolveControl(baseUrl, track.sessionControl()), "Range: npt=0.000-\r\n",
                nowNanos);
    }

    private byte[] answerChallenge(RtspResponse response, long nowNanos) throws RtspProtocolException {
        if (authenticator == null) {
            throw new RtspProtocolException("camera requires credentials (" + response.statusText()
                    + " to " + pendingMethod + "), none are configured");
        }
        if (pendingCarriesAnswer) {
            throw new RtspProtocolException("camera refused the credentials (" + response.statusText()
                    + " to " + pendingMethod + ")");
        }
        authorization = authenticator.answer(response.headers("WWW-Authenticate"));
        byte[] retry = request(pendingMethod, pendingUri, pendingHeaders, nowNanos);
        pendingCarriesAnswer = true;
        return retry;
    }

    /** The keep-alive request if one is due, else null. */
    byte[] keepAliveIfDue(long nowNanos) {
        if (step != Step.PLAYING || nowNanos - lastRequestNanos < keepAliveIntervalNanos) {
            return null;
        }
        return request(getParameterSupported ? "GET_PARAMETER" : "OPTIONS",
                RtspUrl.resolveControl(baseUrl, track.sessionControl()), "", nowNanos);
    }

    /** TEARDOWN of the session, or null if SETUP never gave one. */
    byte[] teardown(long nowNanos) {
        return sessionId == null ? null
                : request("TEARDOWN", RtspUrl.resolveControl(baseUrl, track.sessionControl()), "", nowNanos);
    }

    /** The video track once DESCRIBE was answered, else null. */
    VideoTrack track() {
        return track;
    }

    /** The video track's interleaved RTP channel; -1 when it comes over UDP. */
    int rtpChannel() {
        return rtpChannel;
    }

    /** The audio track once it is set up, else null (no audio, or the camera refused it). */
    AudioTrack audioTrack() {
        return audioRtpChannel >= 0 || audioOverUdp ? audioTrack : null;
    }

    /** The audio track's control URL (its UDP port pair is keyed by it), or null without an audio track. */
    String audioControlUrl() {
        return audioTrack == null ? null : RtspUrl.resolveControl(baseUrl, audioTrack.control());
    }

    /** The RTP clock rate of the track at a control URL: the audio's sample rate for the audio track. */
    int clockRateOf(String control) {
        return control.equals(audioControlUrl()) ? audioTrack.format().sampleRate() : track.clockRate();
    }

    int audioRtpChannel() {
        return audioRtpChannel;
    }

    /** The ONVIF metadata track once it is set up, else null. */
    MetadataTrack metadataTrack() {
        return metadataRtpChannel >= 0 ? metadataTrack : null;
    }

    int metadataRtpChannel() {
        return metadataRtpChannel;
    }

    /** Places the metadata track on the video's time line, as {@link #audioClock()} does the audio's. */
    AudioClock metadataClock() {
        return clockOf(metadataTrack.control(), metadataTrack.clockRate());
    }

    /**
     * What places the audio track on the video's time line once playing: the two tracks' RTP times from PLAY's
     * RTP-Info, or, when it does not name both, arrival.
     */
    AudioClock audioClock() {
        return clockOf(audioTrack.control(), audioTrack.format().sampleRate());
    }

    private AudioClock clockOf(String control, int clockRate) {
        OptionalInt video = rtpInfo.rtpTimeOf(RtspUrl.resolveControl(baseUrl, track.control()), track.control());
        OptionalInt other = rtpInfo.rtpTimeOf(RtspUrl.resolveControl(baseUrl, control), control);
        return video.isPresent() && other.isPresent()
                ? AudioClock.fromRtpInfo(track.clockRate(), video.getAsInt(), clockRate, other.getAsInt())
                : AudioClock.fromArrival(clockRate);
    }

    boolean isPlaying() {
        return step == Step.PLAYING;
    }

    private byte[] request(String method, String uri, String headers, long nowNanos) {
        pendingCseq = nextCseq++;
        pendingMethod = method;
        pendingUri = uri;
        pendingHeaders = headers;
        lastRequestNanos = nowNanos;
        StringBuilder text = new StringBuilder(method).append(' ').append(uri).append(" RTSP/1.0\r\n")
                .append("CSeq: ").append(pendingCseq).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                .append(headers);
        if (authorization != null) {
            text.append("Authorization: ").append(authorization.header(method, uri)).append("\r\n");
        }
        if (sessionId != null) {
            text.append("Session: ").append(sessionId).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Integer cseqOf(RtspResponse response) throws RtspProtocolException {
        String cseq = response.header("CSeq");
        if (cseq == null) {
            return null;
        }
        try {
            return Integer.valueOf(cseq.strip());
        } catch (NumberFormatException e) {
            throw new RtspProtocolException("malformed CSeq in the camera's RTSP answer");
        }
    }

    private static String firstAbsolute(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && RtspUrl.isAbsolute(candidate.strip())) {
                return candidate.strip();
            }
        }
        return candidates[candidates.length - 1];
    }
}
