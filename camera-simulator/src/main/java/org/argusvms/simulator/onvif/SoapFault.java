package org.argusvms.simulator.onvif;

/**
 * A SOAP 1.2 fault with ONVIF subcodes (ONVIF Core, "Generic faults" and the per-operation faults). Faults the
 * sender caused answer HTTP 400, the device's own ones HTTP 500, as the SOAP 1.2 HTTP binding says.
 */
final class SoapFault extends Exception {

    private final boolean sender;
    private final String subcode;
    private final String detailSubcode;

    private SoapFault(boolean sender, String subcode, String detailSubcode, String reason) {
        super(reason);
        this.sender = sender;
        this.subcode = subcode;
        this.detailSubcode = detailSubcode;
    }

    static SoapFault notAuthorized() {
        return new SoapFault(true, "ter:NotAuthorized", null, "Sender not authorized");
    }

    static SoapFault notWellFormed(String reason) {
        return new SoapFault(true, "ter:WellFormed", null, reason);
    }

    /** {@code env:Sender/ter:InvalidArgVal/<detail>}, e.g. ter:NoProfile, ter:NoToken. */
    static SoapFault invalidArgument(String detailSubcode, String reason) {
        return new SoapFault(true, "ter:InvalidArgVal", detailSubcode, reason);
    }

    static SoapFault actionNotSupported(String operation) {
        return new SoapFault(false, "ter:ActionNotSupported", null,
                "Optional Action Not Implemented: " + operation);
    }

    int httpStatus() {
        return sender ? 400 : 500;
    }

    String toEnvelope() {
        String detail = detailSubcode == null ? ""
                : "<env:Subcode><env:Value>" + detailSubcode + "</env:Value></env:Subcode>";
        return SoapEnvelope.wrap("<env:Fault><env:Code><env:Value>" + (sender ? "env:Sender" : "env:Receiver")
                + "</env:Value><env:Subcode><env:Value>" + subcode + "</env:Value>" + detail
                + "</env:Subcode></env:Code><env:Reason><env:Text xml:lang=\"en\">" + SoapEnvelope.escape(getMessage())
                + "</env:Text></env:Reason></env:Fault>");
    }
}
