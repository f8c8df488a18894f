package org.argusvms.mobile.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** The fault detail: a machine-readable code and the message shown to the integrator. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "IntegrationFaultInfo", propOrder = {"code", "message"})
public class IntegrationFaultInfo {

    public String code;
    public String message;

    public IntegrationFaultInfo() {
    }

    IntegrationFaultInfo(String code, String message) {
        this.code = code;
        this.message = message;
    }
}
