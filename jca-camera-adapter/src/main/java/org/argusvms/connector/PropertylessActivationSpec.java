package org.argusvms.connector;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

import java.io.Serializable;

/** An activation spec without properties: every bean activated with it receives every message of its listener type. */
abstract class PropertylessActivationSpec implements ActivationSpec, Serializable {

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
        return getClass().getSimpleName();
    }
}
