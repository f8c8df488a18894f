package org.argusvms.simulator.onvif;

/** The XML namespaces of SOAP 1.2, WS-Security and the ONVIF services the simulator speaks. */
final class Namespaces {

    static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
    static final String DEVICE = "http://www.onvif.org/ver10/device/wsdl";
    static final String MEDIA = "http://www.onvif.org/ver10/media/wsdl";
    static final String PTZ = "http://www.onvif.org/ver20/ptz/wsdl";
    static final String SCHEMA = "http://www.onvif.org/ver10/schema";
    static final String ERROR = "http://www.onvif.org/ver10/error";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String PASSWORD_DIGEST =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    /** The generic pan/tilt and zoom position spaces: pan and tilt in [-1, 1], zoom in [0, 1]. */
    static final String PAN_TILT_SPACE = "http://www.onvif.org/ver10/tptz/PanTiltSpaces/PositionGenericSpace";
    static final String ZOOM_SPACE = "http://www.onvif.org/ver10/tptz/ZoomSpaces/PositionGenericSpace";

    /** Declared on every response envelope, so that bodies can use the prefixes freely. */
    static final String DECLARATIONS = "xmlns:env=\"" + SOAP + "\" xmlns:tds=\"" + DEVICE + "\" xmlns:trt=\"" + MEDIA
            + "\" xmlns:tptz=\"" + PTZ + "\" xmlns:tt=\"" + SCHEMA + "\" xmlns:ter=\"" + ERROR + "\"";

    private Namespaces() {
    }
}
