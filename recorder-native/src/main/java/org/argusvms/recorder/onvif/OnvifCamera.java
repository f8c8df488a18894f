package org.argusvms.recorder.onvif;

import org.w3c.dom.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One camera's ONVIF services as this recorder uses them: Device (time, capabilities, relay outputs), Media (profiles,
 * stream and snapshot URIs) and PTZ (presets, continuous moves). {@link #connect} reads the device's clock and where
 * its services answer, then each method is one SOAP call.
 */
public final class OnvifCamera {

    /** A media profile: its token and, if it has a video encoder, the encoding (H264, JPEG, ...). */
    public record Profile(String token, String name, Optional<String> encoding) {
    }

    /** Devices tell their time in whole seconds; smaller differences are rounding, not a wrong clock. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(5);

    private final URI deviceService;
    private final URI mediaService;
    private final Optional<URI> ptzService;
    private final SoapClient soap;

    private OnvifCamera(URI deviceService, URI mediaService, Optional<URI> ptzService, SoapClient soap) {
        this.deviceService = deviceService;
        this.mediaService = mediaService;
        this.ptzService = ptzService;
        this.soap = soap;
    }

    /**
     * @param username null: requests carry no credentials
     * @throws OnvifException when the camera cannot be reached or offers no media service
     */
    public static OnvifCamera connect(URI deviceService, String username, String password, OnvifSettings settings,
                                      Clock clock) throws OnvifException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Optional<UsernameToken> token = username == null ? Optional.empty()
                : Optional.of(new UsernameToken(username, password == null ? "" : password, new SecureRandom()));
        SoapClient soap = new SoapClient(http, settings.requestTimeout(), token, clock);
        deviceClock(soap, deviceService)
                .map(deviceNow -> Duration.between(clock.instant(), deviceNow.toInstant(ZoneOffset.UTC)))
                .filter(offset -> offset.abs().compareTo(CLOCK_TOLERANCE) > 0)
                .ifPresent(soap::setDeviceClockOffset);
        Element capabilities = soap.call(deviceService, OnvifNamespace.DEVICE, "GetCapabilities",
                "<tds:GetCapabilities><tds:Category>All</tds:Category></tds:GetCapabilities>");
        URI media = serviceAddress(capabilities, "Media")
                .orElseThrow(() -> new OnvifException("the camera at " + deviceService + " offers no media service"));
        return new OnvifCamera(deviceService, media, serviceAddress(capabilities, "PTZ"), soap);
    }

    /** The device's UTC time, if it tells it; tokens are then dated by it. */
    private static Optional<LocalDateTime> deviceClock(SoapClient soap, URI deviceService) {
        try {
            Element response = soap.callAnonymously(deviceService, OnvifNamespace.DEVICE, "GetSystemDateAndTime",
                    "<tds:GetSystemDateAndTime/>");
            Element utc = Soap.first(response, OnvifNamespace.SCHEMA, "UTCDateTime").orElse(null);
            if (utc == null) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(number(utc, "Year"), number(utc, "Month"), number(utc, "Day"))
                    .atTime(LocalTime.of(number(utc, "Hour"), number(utc, "Minute"), number(utc, "Second"))));
        } catch (OnvifException | RuntimeException e) {
            return Optional.empty(); // optional for a device; our own clock will have to do
        }
    }

    private static int number(Element parent, String name) {
        return Integer.parseInt(Soap.text(parent, OnvifNamespace.SCHEMA, name).orElseThrow());
    }

    /** {@code <tt:Media><tt:XAddr>http://...</tt:XAddr>...}; addresses with credentials are not followed. */
    private static Optional<URI> serviceAddress(Element capabilities, String category) {
        return Soap.first(capabilities, OnvifNamespace.SCHEMA, category)
                .flatMap(element -> Soap.text(element, OnvifNamespace.SCHEMA, "XAddr"))
                .flatMap(OnvifCamera::httpUri);
    }

    private static Optional<URI> httpUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null && uri.getUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public URI deviceService() {
        return deviceService;
    }

    public List<Profile> profiles() throws OnvifException {
        Element response = soap.call(mediaService, OnvifNamespace.MEDIA, "GetProfiles", "<trt:GetProfiles/>");
        return Soap.all(response, OnvifNamespace.MEDIA, "Profiles").stream()
                .map(profile -> new Profile(profile.getAttribute("token"),
                        Soap.text(profile, OnvifNamespace.SCHEMA, "Name").orElse(""),
                        Soap.first(profile, OnvifNamespace.SCHEMA, "VideoEncoderConfiguration")
                                .flatMap(encoder -> Soap.text(encoder, OnvifNamespace.SCHEMA, "Encoding"))))
                .filter(profile -> !profile.token().isEmpty())
                .toList();
    }

    /**
     * The profile the recorder records: the first with H.264 or H.265 video (what the ingest depayloads), as cameras
     * list their main stream first.
     */
    public Profile mainProfile() throws OnvifException {
        return recordableProfiles().stream().findFirst()
                .orElseThrow(() -> new OnvifException("the camera at " + deviceService
                        + " has no H.264 or H.265 profile"));
    }

    /** The camera's second stream: its second profile with H.264 or H.265 video (cameras list the sub stream next). */
    public Profile secondProfile() throws OnvifException {
        List<Profile> recordable = recordableProfiles();
        if (recordable.size() < 2) {
            throw new OnvifException("the camera at " + deviceService + " has no second H.264 or H.265 profile");
        }
        return recordable.get(1);
    }

    private List<Profile> recordableProfiles() throws OnvifException {
        return profiles().stream().filter(profile -> profile.encoding().filter(OnvifCamera::isRecordable).isPresent())
                .toList();
    }

    private static boolean isRecordable(String encoding) {
        return "H264".equalsIgnoreCase(encoding) || "H265".equalsIgnoreCase(encoding);
    }

    /** The profile's RTSP URL (RTP unicast over RTSP), without any credentials the camera put into it. */
    public URI streamUri(String profileToken) throws OnvifException {
        Element response = soap.call(mediaService, OnvifNamespace.MEDIA, "GetStreamUri", "<trt:GetStreamUri>"
                + "<trt:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream><tt:Transport><tt:Protocol>RTSP</tt:Protocol>"
                + "</tt:Transport></trt:StreamSetup><trt:ProfileToken>" + Soap.escape(profileToken)
                + "</trt:ProfileToken></trt:GetStreamUri>");
        return mediaUri(response, "GetStreamUri", "rtsp");
    }

    public URI snapshotUri(String profileToken) throws OnvifException {
        Element response = soap.call(mediaService, OnvifNamespace.MEDIA, "GetSnapshotUri", "<trt:GetSnapshotUri>"
                + "<trt:ProfileToken>" + Soap.escape(profileToken) + "</trt:ProfileToken></trt:GetSnapshotUri>");
        return mediaUri(response, "GetSnapshotUri", "http", "https");
    }

    public void gotoPreset(String profileToken, String presetToken) throws OnvifException {
        soap.call(ptzService(), OnvifNamespace.PTZ, "GotoPreset", "<tptz:GotoPreset><tptz:ProfileToken>"
                + Soap.escape(profileToken) + "</tptz:ProfileToken><tptz:PresetToken>" + Soap.escape(presetToken)
                + "</tptz:PresetToken></tptz:GotoPreset>");
    }

    /** Velocities in the generic space (-1..1); the camera stops by itself after {@code timeout}. */
    public void continuousMove(String profileToken, double pan, double tilt, double zoom, Duration timeout)
            throws OnvifException {
        soap.call(ptzService(), OnvifNamespace.PTZ, "ContinuousMove", String.format(Locale.ROOT,
                "<tptz:ContinuousMove><tptz:ProfileToken>%s</tptz:ProfileToken><tptz:Velocity>"
                        + "<tt:PanTilt x=\"%.4f\" y=\"%.4f\"/><tt:Zoom x=\"%.4f\"/></tptz:Velocity>"
                        + "<tptz:Timeout>%s</tptz:Timeout></tptz:ContinuousMove>",
                Soap.escape(profileToken), pan, tilt, zoom, timeout));
    }

    public void stop(String profileToken) throws OnvifException {
        soap.call(ptzService(), OnvifNamespace.PTZ, "Stop", "<tptz:Stop><tptz:ProfileToken>"
                + Soap.escape(profileToken) + "</tptz:ProfileToken><tptz:PanTilt>true</tptz:PanTilt>"
                + "<tptz:Zoom>true</tptz:Zoom></tptz:Stop>");
    }

    public void setRelayOutputState(String outputToken, boolean active) throws OnvifException {
        soap.call(deviceService, OnvifNamespace.DEVICE, "SetRelayOutputState", "<tds:SetRelayOutputState>"
                + "<tds:RelayOutputToken>" + Soap.escape(outputToken) + "</tds:RelayOutputToken><tds:LogicalState>"
                + (active ? "active" : "inactive") + "</tds:LogicalState></tds:SetRelayOutputState>");
    }

    private URI ptzService() throws OnvifException {
        return ptzService.orElseThrow(() -> new OnvifException("the camera at " + deviceService + " has no PTZ"));
    }

    private URI mediaUri(Element response, String operation, String... schemes) throws OnvifException {
        String text = Soap.text(response, OnvifNamespace.SCHEMA, "Uri")
                .orElseThrow(() -> new OnvifException(operation + " at " + mediaService + " answered no URI"));
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || List.of(schemes).stream().noneMatch(scheme::equals)) {
                throw new OnvifException(operation + " at " + mediaService + " answered an unusable URI");
            }
            // some cameras embed credentials; the recorder sends its own and must never log them
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new OnvifException(operation + " at " + mediaService + " answered an invalid URI");
        }
    }
}
