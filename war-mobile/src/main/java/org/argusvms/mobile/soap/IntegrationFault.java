package org.argusvms.mobile.soap;

import jakarta.xml.ws.WebFault;

/**
 * The operation was refused; {@link IntegrationFaultInfo#code} says why (INVALID_INPUT, NOT_FOUND, ACCESS_DENIED,
 * CONFLICT) and the fault string says it in words. Nothing was changed.
 */
@WebFault(name = "IntegrationFault", targetNamespace = VmsIntegrationService.NAMESPACE)
public class IntegrationFault extends Exception {

    private static final long serialVersionUID = 1L;

    private final IntegrationFaultInfo faultInfo;

    public IntegrationFault(String code, String message) {
        super(message);
        this.faultInfo = new IntegrationFaultInfo(code, message);
    }

    public IntegrationFaultInfo getFaultInfo() {
        return faultInfo;
    }
}
