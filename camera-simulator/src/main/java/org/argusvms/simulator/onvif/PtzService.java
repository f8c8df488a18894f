package org.argusvms.simulator.onvif;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.argusvms.simulator.onvif.PtzState.Position;
import org.argusvms.simulator.onvif.PtzState.Preset;
import org.w3c.dom.Element;

/** PTZ (ver20): presets, going to one, continuous moves and the head's status. */
final class PtzService implements OnvifService {

    private final Clock clock;

    PtzService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String namespace() {
        return Namespaces.PTZ;
    }

    @Override
    public String handle(SoapRequest request, OnvifDevice device, ServiceAddresses addresses) throws SoapFault {
        OnvifService.requireProfile(request);
        PtzState ptz = device.ptz();
        return switch (request.operationName()) {
            case "GetPresets" -> presets(ptz);
            case "GotoPreset" -> {
                String token = request.parameter("PresetToken").orElse("");
                Preset preset = ptz.preset(token)
                        .orElseThrow(() -> SoapFault.invalidArgument("ter:NoToken", "no preset '" + token + "'"));
                ptz.gotoPreset(preset);
                yield "<tptz:GotoPresetResponse/>";
            }
            case "ContinuousMove" -> {
                ptz.move(velocity(request), timeout(request));
                yield "<tptz:ContinuousMoveResponse/>";
            }
            case "Stop" -> {
                ptz.stop();
                yield "<tptz:StopResponse/>";
            }
            case "GetStatus" -> status(ptz);
            default -> throw SoapFault.actionNotSupported(request.operationName());
        };
    }

    private static String presets(PtzState ptz) {
        StringBuilder body = new StringBuilder("<tptz:GetPresetsResponse>");
        for (Preset preset : ptz.presets()) {
            body.append("<tptz:Preset token=\"").append(SoapEnvelope.escape(preset.token())).append("\"><tt:Name>")
                    .append(SoapEnvelope.escape(preset.name())).append("</tt:Name><tt:PTZPosition>")
                    .append(vector(preset.position())).append("</tt:PTZPosition></tptz:Preset>");
        }
        return body.append("</tptz:GetPresetsResponse>").toString();
    }

    private String status(PtzState ptz) {
        String moving = ptz.isMoving() ? "MOVING" : "IDLE";
        return "<tptz:GetStatusResponse><tptz:PTZStatus><tt:Position>" + vector(ptz.position()) + "</tt:Position>"
                + "<tt:MoveStatus><tt:PanTilt>" + moving + "</tt:PanTilt><tt:Zoom>" + moving + "</tt:Zoom>"
                + "</tt:MoveStatus><tt:UtcTime>" + clock.instant() + "</tt:UtcTime>"
                + "</tptz:PTZStatus></tptz:GetStatusResponse>";
    }

    private static String vector(Position position) {
        return String.format(Locale.ROOT, "<tt:PanTilt x=\"%.4f\" y=\"%.4f\" space=\"%s\"/><tt:Zoom x=\"%.4f\""
                + " space=\"%s\"/>", position.pan(), position.tilt(), Namespaces.PAN_TILT_SPACE, position.zoom(),
                Namespaces.ZOOM_SPACE);
    }

    private static Position velocity(SoapRequest request) throws SoapFault {
        Element panTilt = request.element("Velocity", "PanTilt").orElse(null);
        Element zoom = request.element("Velocity", "Zoom").orElse(null);
        if (panTilt == null && zoom == null) {
            throw SoapFault.invalidArgument("ter:InvalidVelocity", "Velocity needs PanTilt or Zoom");
        }
        return new Position(speed(panTilt, "x"), speed(panTilt, "y"), speed(zoom, "x"));
    }

    private static double speed(Element element, String attribute) throws SoapFault {
        if (element == null || element.getAttribute(attribute).isEmpty()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(element.getAttribute(attribute));
            if (value >= -1 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SoapFault.invalidArgument("ter:InvalidVelocity", "velocities are numbers from -1 to 1");
    }

    private static Duration timeout(SoapRequest request) throws SoapFault {
        String text = request.parameter("Timeout").orElse("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            Duration timeout = Duration.parse(text);
            if (!timeout.isNegative() && !timeout.isZero()) {
                return timeout;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw SoapFault.invalidArgument(null, "Timeout must be a positive duration such as PT5S");
    }
}
