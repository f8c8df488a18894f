package org.argusvms.simulator.onvif;

/** One ONVIF service of a simulated device: answers the operations of its namespace with response bodies. */
interface OnvifService {

    /** The WSDL namespace of the operations, e.g. {@link Namespaces#MEDIA}. */
    String namespace();

    /** Operations of ONVIF access class PRE_AUTH, which a client calls before it can authenticate. */
    default boolean isPreAuthenticated(String operation) {
        return false;
    }

    /**
     * @return the response element(s) for the SOAP body
     * @throws SoapFault for unknown operations (ter:ActionNotSupported) and invalid arguments; nothing changed
     */
    String handle(SoapRequest request, OnvifDevice device, ServiceAddresses addresses) throws SoapFault;

    /** Fails with ter:NoProfile unless the request names the device's profile. */
    static void requireProfile(SoapRequest request) throws SoapFault {
        String token = request.parameter("ProfileToken").orElse("");
        if (!OnvifDevice.PROFILE_TOKEN.equals(token)) {
            throw SoapFault.invalidArgument("ter:NoProfile", "no profile '" + token + "'");
        }
    }
}
