package org.argusvms.recorder.onvif;

/** The namespaces of the ONVIF WSDLs and schemas this client uses, and of SOAP 1.2 and WS-Security. */
enum OnvifNamespace {
    SOAP("http://www.w3.org/2003/05/soap-envelope"),
    DEVICE("http://www.onvif.org/ver10/device/wsdl"),
    MEDIA("http://www.onvif.org/ver10/media/wsdl"),
    PTZ("http://www.onvif.org/ver20/ptz/wsdl"),
    SCHEMA("http://www.onvif.org/ver10/schema"),
    NOTIFICATION("http://docs.oasis-open.org/wsn/b-2"),
    WSSE("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"),
    WSU("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd");

    private final String uri;

    OnvifNamespace(String uri) {
        this.uri = uri;
    }

    String uri() {
        return uri;
    }
}
