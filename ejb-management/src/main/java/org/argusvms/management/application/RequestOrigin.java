package org.argusvms.management.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (the client's network address), filled by the web layer that received it so
 * the audit trail can say "from where" without every service signature carrying it.
 */
@RequestScoped
public class RequestOrigin {

    static final int MAX_ADDRESS = 100;

    private String clientAddress;

    public void clientAddress(String address) {
        this.clientAddress = address == null || address.length() > MAX_ADDRESS ? null : address;
    }

    /** Null when no web request is active (e.g. a resource adapter delivery). */
    public String clientAddress() {
        return clientAddress;
    }
}
