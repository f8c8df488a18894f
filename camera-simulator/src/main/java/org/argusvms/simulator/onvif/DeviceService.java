package org.argusvms.simulator.onvif;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;

/** Device management: time, capabilities, services, identity and relay outputs. */
final class DeviceService implements OnvifService {

    private static final Set<String> PRE_AUTH = Set.of("GetSystemDateAndTime", "GetCapabilities", "GetServices");

    private final Clock clock;

    DeviceService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String namespace() {
        return Namespaces.DEVICE;
    }

    @Override
    public boolean isPreAuthenticated(String operation) {
        return PRE_AUTH.contains(operation);
    }

    @Override
    public String handle(SoapRequest request, OnvifDevice device, ServiceAddresses addresses) throws SoapFault {
        return switch (request.operationName()) {
            case "GetSystemDateAndTime" -> systemDateAndTime();
            case "GetCapabilities" -> capabilities(request.parameter("Category").orElse("All"), addresses);
            case "GetServices" -> services(addresses);
            case "GetDeviceInformation" -> "<tds:GetDeviceInformationResponse><tds:Manufacturer>Argus VMS"
                    + "</tds:Manufacturer><tds:Model>Camera Simulator</tds:Model><tds:FirmwareVersion>0.1"
                    + "</tds:FirmwareVersion><tds:SerialNumber>" + SoapEnvelope.escape(device.cameraName())
                    + "</tds:SerialNumber><tds:HardwareId>argus-sim</tds:HardwareId>"
                    + "</tds:GetDeviceInformationResponse>";
            case "GetRelayOutputs" -> relayOutputs(device);
            case "SetRelayOutputState" -> setRelayOutputState(request, device);
            default -> throw SoapFault.actionNotSupported(request.operationName());
        };
    }

    private String systemDateAndTime() {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        return "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>Manual</tt:DateTimeType>"
                + "<tt:DaylightSavings>false</tt:DaylightSavings><tt:TimeZone><tt:TZ>UTC0</tt:TZ></tt:TimeZone>"
                + "<tt:UTCDateTime><tt:Time><tt:Hour>" + now.getHour() + "</tt:Hour><tt:Minute>" + now.getMinute()
                + "</tt:Minute><tt:Second>" + now.getSecond() + "</tt:Second></tt:Time><tt:Date><tt:Year>"
                + now.getYear() + "</tt:Year><tt:Month>" + now.getMonthValue() + "</tt:Month><tt:Day>"
                + now.getDayOfMonth() + "</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime>"
                + "</tds:GetSystemDateAndTimeResponse>";
    }

    private static String capabilities(String category, ServiceAddresses addresses) throws SoapFault {
        boolean all = category.equals("All");
        if (!all && !Set.of("Device", "Media", "PTZ").contains(category)) {
            throw SoapFault.invalidArgument("ter:NoSuchService", "no " + category + " service");
        }
        StringBuilder body = new StringBuilder("<tds:GetCapabilitiesResponse><tds:Capabilities>");
        if (all || category.equals("Device")) {
            body.append("<tt:Device><tt:XAddr>").append(SoapEnvelope.escape(addresses.device()))
                    .append("</tt:XAddr><tt:IO><tt:InputConnectors>0</tt:InputConnectors><tt:RelayOutputs>")
                    .append(OnvifDevice.RELAY_TOKENS.size()).append("</tt:RelayOutputs></tt:IO></tt:Device>");
        }
        if (all || category.equals("Media")) {
            body.append("<tt:Media><tt:XAddr>").append(SoapEnvelope.escape(addresses.media()))
                    .append("</tt:XAddr><tt:StreamingCapabilities><tt:RTPMulticast>false</tt:RTPMulticast>")
                    .append("<tt:RTP_TCP>true</tt:RTP_TCP><tt:RTP_RTSP_TCP>true</tt:RTP_RTSP_TCP>")
                    .append("</tt:StreamingCapabilities></tt:Media>");
        }
        if (all || category.equals("PTZ")) {
            body.append("<tt:PTZ><tt:XAddr>").append(SoapEnvelope.escape(addresses.ptz()))
                    .append("</tt:XAddr></tt:PTZ>");
        }
        return body.append("</tds:Capabilities></tds:GetCapabilitiesResponse>").toString();
    }

    private static String services(ServiceAddresses addresses) {
        return "<tds:GetServicesResponse>" + service(Namespaces.DEVICE, addresses.device())
                + service(Namespaces.MEDIA, addresses.media()) + service(Namespaces.PTZ, addresses.ptz())
                + "</tds:GetServicesResponse>";
    }

    private static String service(String namespace, String address) {
        return "<tds:Service><tds:Namespace>" + namespace + "</tds:Namespace><tds:XAddr>"
                + SoapEnvelope.escape(address) + "</tds:XAddr><tds:Version><tt:Major>2</tt:Major>"
                + "<tt:Minor>0</tt:Minor></tds:Version></tds:Service>";
    }

    private static String relayOutputs(OnvifDevice device) {
        StringBuilder body = new StringBuilder("<tds:GetRelayOutputsResponse>");
        for (String token : device.relays().tokens()) {
            body.append("<tds:RelayOutputs token=\"").append(SoapEnvelope.escape(token))
                    .append("\"><tt:Properties><tt:Mode>Bistable</tt:Mode><tt:DelayTime>PT0S</tt:DelayTime>")
                    .append("<tt:IdleState>open</tt:IdleState></tt:Properties></tds:RelayOutputs>");
        }
        return body.append("</tds:GetRelayOutputsResponse>").toString();
    }

    private static String setRelayOutputState(SoapRequest request, OnvifDevice device) throws SoapFault {
        String token = request.parameter("RelayOutputToken").orElse("");
        String state = request.parameter("LogicalState").orElse("").toLowerCase(Locale.ROOT);
        if (!device.relays().contains(token)) {
            throw SoapFault.invalidArgument("ter:RelayToken", "no relay output '" + token + "'");
        }
        if (!state.equals("active") && !state.equals("inactive")) {
            throw SoapFault.invalidArgument(null, "LogicalState must be active or inactive");
        }
        device.relays().set(token, state.equals("active"));
        return "<tds:SetRelayOutputStateResponse/>";
    }
}
