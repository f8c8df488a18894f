package org.argusvms.simulator.rtsp;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.argusvms.simulator.audio.AudioClip;
import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.rtp.RtpStream;
import org.argusvms.simulator.rtp.RtpVideoFormat;
import org.argusvms.simulator.stream.MetadataTrackSender;

/**
 * The SDP (RFC 4566) a DESCRIBE returns: one video track, H.264 (RFC 6184) or H.265 (RFC 7798), and for a camera
 * with audio an audio track, AAC (RFC 3640 AAC-hbr) or G.711 (RFC 3551).
 */
final class SdpDescription {

    private SdpDescription() {
    }

    static String of(String cameraName, RtpVideoFormat format, InetAddress serverAddress, long sessionId) {
        return of(cameraName, format, null, serverAddress, sessionId);
    }

    /** @param audio the camera's sound, or null for a camera without audio */
    static String of(String cameraName, RtpVideoFormat format, AudioClip audio, InetAddress serverAddress,
                     long sessionId) {
        String addressType = serverAddress instanceof Inet6Address ? "IP6" : "IP4";
        String anyAddress = serverAddress instanceof Inet6Address ? "::" : "0.0.0.0";
        int payloadType = RtpStream.VIDEO_PAYLOAD_TYPE;
        return "v=0\r\n"
                + "o=- " + sessionId + " 1 IN " + addressType + " " + serverAddress.getHostAddress() + "\r\n"
                + "s=" + cameraName + "\r\n"
                + "c=IN " + addressType + " " + anyAddress + "\r\n"
                + "t=0 0\r\n"
                + "a=tool:Argus Camera Simulator\r\n"
                + "a=range:npt=0-\r\n"
                + "a=control:*\r\n"
                + "m=video 0 RTP/AVP " + payloadType + "\r\n"
                + "a=rtpmap:" + payloadType + " " + format.encodingName() + "/" + RtpStream.CLOCK_RATE + "\r\n"
                + "a=fmtp:" + payloadType + " " + format.formatParameters() + "\r\n"
                + "a=framerate:" + format.fps() + "\r\n"
                + "a=control:" + RtspUri.TRACK_CONTROL + "\r\n"
                + (audio == null ? "" : audioMedia(audio));
    }

    /** The ONVIF metadata section (ONVIF Streaming Specification 5.1.2), appended after the video and audio. */
    static String metadataMedia() {
        int payloadType = MetadataTrackSender.PAYLOAD_TYPE;
        return "m=application 0 RTP/AVP " + payloadType + "\r\n"
                + "a=rtpmap:" + payloadType + " vnd.onvif.metadata/" + RtpStream.CLOCK_RATE + "\r\n"
                + "a=control:" + RtspUri.METADATA_TRACK_CONTROL + "\r\n";
    }

    private static String audioMedia(AudioClip audio) {
        AudioCodec codec = audio.codec();
        int payloadType = codec.payloadType();
        String media = "m=audio 0 RTP/AVP " + payloadType + "\r\n"
                + "a=rtpmap:" + payloadType + " " + codec.encodingName() + "/" + codec.sampleRate()
                + (codec == AudioCodec.AAC ? "/1" : "") + "\r\n";
        if (codec == AudioCodec.AAC) {
            media += "a=fmtp:" + payloadType + " streamtype=5;profile-level-id=15;mode=AAC-hbr;config="
                    + audio.aacConfig() + ";sizelength=13;indexlength=3;indexdeltalength=3\r\n";
        }
        return media + "a=control:" + RtspUri.AUDIO_TRACK_CONTROL + "\r\n";
    }
}
