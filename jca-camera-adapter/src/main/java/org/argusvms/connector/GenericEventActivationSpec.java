package org.argusvms.connector;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

import java.io.Serializable;

/**
 * How a message-driven bean subscribes to generic events. It has no properties: every bean receives every message,
 * and matching against the configured generic-event definitions is the event server's business.
 */
public class GenericEventActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;

    @Override
    public void validate() {
        // nothing to configure
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public String toString() {
        return "GenericEventActivationSpec";
    }
}
