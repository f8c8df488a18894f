package org.argusvms.mobile.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.argusvms.management.application.PageRequest;

/** The paging and name filter query parameters every list endpoint accepts: {@code offset}, {@code limit}, {@code name}. */
public class Paging {

    @QueryParam("offset")
    @DefaultValue("0")
    private int offset;

    @QueryParam("limit")
    @DefaultValue("" + PageRequest.DEFAULT_LIMIT)
    private int limit;

    @QueryParam("name")
    private String name;

    public PageRequest page() {
        return new PageRequest(offset, limit);
    }

    /** Case-insensitive "name contains" text, or null. */
    public String name() {
        return name;
    }
}
