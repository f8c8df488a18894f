package org.argusvms.simulator.onvif;

import java.util.Set;

import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.VideoCodec;

/**
 * Media (ver10): the camera's profiles ({@code main}, and {@code sub} for its sub stream, listed second as cameras
 * do), their RTSP stream URIs and the snapshot URI.
 */
final class MediaService implements OnvifService {

    /** Every stream setup the RTSP server serves: RTP over UDP, or interleaved in the RTSP connection. */
    private static final Set<String> TRANSPORTS = Set.of("UDP", "TCP", "RTSP");
    private static final String VIDEO_SOURCE = "video1";

    @Override
    public String namespace() {
        return Namespaces.MEDIA;
    }

    @Override
    public String handle(SoapRequest request, OnvifDevice device, ServiceAddresses addresses) throws SoapFault {
        return switch (request.operationName()) {
            case "GetProfiles" -> "<trt:GetProfilesResponse>"
                    + profile("trt:Profiles", device, OnvifDevice.PROFILE_TOKEN)
                    + (device.subStream() == null ? "" : profile("trt:Profiles", device, OnvifDevice.SUB_PROFILE_TOKEN))
                    + "</trt:GetProfilesResponse>";
            case "GetProfile" -> "<trt:GetProfileResponse>"
                    + profile("trt:Profile", device, requiredProfile(request, device)) + "</trt:GetProfileResponse>";
            case "GetVideoSources" -> videoSources(device.stream());
            case "GetStreamUri" -> streamUri(request, device, addresses);
            case "GetSnapshotUri" -> {
                requiredProfile(request, device);
                yield "<trt:GetSnapshotUriResponse>" + mediaUri(addresses.snapshot()) + "</trt:GetSnapshotUriResponse>";
            }
            default -> throw SoapFault.actionNotSupported(request.operationName());
        };
    }

    /** The token of the profile the request names; ter:NoProfile for any other. */
    private static String requiredProfile(SoapRequest request, OnvifDevice device) throws SoapFault {
        String token = request.parameter("ProfileToken").orElse("");
        if (OnvifDevice.SUB_PROFILE_TOKEN.equals(token) && device.subStream() != null) {
            return token;
        }
        OnvifService.requireProfile(request);
        return token;
    }

    private static String streamUri(SoapRequest request, OnvifDevice device, ServiceAddresses addresses)
            throws SoapFault {
        boolean sub = requiredProfile(request, device).equals(OnvifDevice.SUB_PROFILE_TOKEN);
        String stream = request.element("StreamSetup", "Stream").map(e -> e.getTextContent().trim()).orElse("");
        String protocol = request.element("StreamSetup", "Transport", "Protocol").map(e -> e.getTextContent().trim())
                .orElse("");
        if (!stream.equals("RTP-Unicast") || !TRANSPORTS.contains(protocol)) {
            throw SoapFault.invalidArgument("ter:InvalidStreamSetup",
                    "only RTP-Unicast over UDP, TCP or RTSP is offered");
        }
        return "<trt:GetStreamUriResponse>" + mediaUri(sub ? addresses.subStream() : addresses.stream())
                + "</trt:GetStreamUriResponse>";
    }

    /** The camera's one video source, which the profile's video source configuration refers to. */
    private static String videoSources(ClipSpec stream) {
        return "<trt:GetVideoSourcesResponse><trt:VideoSources token=\"" + VIDEO_SOURCE + "\"><tt:Framerate>"
                + stream.fps() + "</tt:Framerate><tt:Resolution><tt:Width>" + stream.width() + "</tt:Width><tt:Height>"
                + stream.height() + "</tt:Height></tt:Resolution></trt:VideoSources></trt:GetVideoSourcesResponse>";
    }

    private static String mediaUri(String uri) {
        return "<trt:MediaUri><tt:Uri>" + SoapEnvelope.escape(uri) + "</tt:Uri>"
                + "<tt:InvalidAfterConnect>false</tt:InvalidAfterConnect>"
                + "<tt:InvalidAfterReboot>false</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout></trt:MediaUri>";
    }

    /**
     * The profile as the schema has it: video source, encoder and PTZ configuration. An H.265 camera says
     * {@code H265}, as cameras do that list it among Media 1 profiles (the Media 1 schema has no H.265 settings).
     */
    private static String profile(String element, OnvifDevice device, String token) {
        boolean sub = token.equals(OnvifDevice.SUB_PROFILE_TOKEN);
        ClipSpec stream = sub ? device.subStream() : device.stream();
        boolean h265 = stream.codec() == VideoCodec.H265;
        String codec = h265 ? "H.265" : "H.264";
        String encoding = h265 ? "H265" : "H264";
        String h264Settings = h265 ? "" : "<tt:H264><tt:GovLength>" + stream.gop() + "</tt:GovLength>"
                + "<tt:H264Profile>High</tt:H264Profile></tt:H264>";
        String name = SoapEnvelope.escape(device.cameraName());
        return "<" + element + " token=\"" + token + "\" fixed=\"true\"><tt:Name>" + name + " " + token
                + "</tt:Name>"
                + "<tt:VideoSourceConfiguration token=\"source\"><tt:Name>" + name + "</tt:Name>"
                + "<tt:UseCount>1</tt:UseCount><tt:SourceToken>" + VIDEO_SOURCE + "</tt:SourceToken>"
                + "<tt:Bounds x=\"0\" y=\"0\" width=\"" + stream.width() + "\" height=\"" + stream.height() + "\"/>"
                + "</tt:VideoSourceConfiguration>"
                + "<tt:VideoEncoderConfiguration token=\"" + (sub ? "sub-encoder" : "encoder") + "\"><tt:Name>"
                + codec + "</tt:Name>"
                + "<tt:UseCount>1</tt:UseCount>"
                + "<tt:Encoding>" + encoding + "</tt:Encoding><tt:Resolution><tt:Width>" + stream.width() + "</tt:Width>"
                + "<tt:Height>" + stream.height() + "</tt:Height></tt:Resolution><tt:Quality>5</tt:Quality>"
                + "<tt:RateControl><tt:FrameRateLimit>" + stream.fps() + "</tt:FrameRateLimit>"
                + "<tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>" + stream.bitrateKbps()
                + "</tt:BitrateLimit></tt:RateControl>" + h264Settings
                + "<tt:Multicast><tt:Address><tt:Type>IPv4</tt:Type>"
                + "<tt:IPv4Address>0.0.0.0</tt:IPv4Address></tt:Address><tt:Port>0</tt:Port><tt:TTL>1</tt:TTL>"
                + "<tt:AutoStart>false</tt:AutoStart></tt:Multicast><tt:SessionTimeout>PT60S</tt:SessionTimeout>"
                + "</tt:VideoEncoderConfiguration>"
                + "<tt:PTZConfiguration token=\"ptz\"><tt:Name>PTZ</tt:Name><tt:UseCount>1</tt:UseCount>"
                + "<tt:NodeToken>ptz-node</tt:NodeToken>"
                + "<tt:DefaultAbsolutePantTiltPositionSpace>" + Namespaces.PAN_TILT_SPACE
                + "</tt:DefaultAbsolutePantTiltPositionSpace>"
                + "<tt:DefaultAbsoluteZoomPositionSpace>" + Namespaces.ZOOM_SPACE
                + "</tt:DefaultAbsoluteZoomPositionSpace>"
                + "<tt:DefaultPTZTimeout>PT10S</tt:DefaultPTZTimeout></tt:PTZConfiguration>"
                + "</" + element + ">";
    }
}
