package org.argusvms.mobile.rest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.argusvms.management.application.PageRequest;

import java.util.List;
import java.util.Locale;

/**
 * The paging and name filter query parameters every list endpoint accepts: {@code offset}, {@code limit}, {@code name}.
 * Lists stay JSON arrays; the number of matches across all pages is in the {@value #TOTAL_COUNT} header.
 */
public class Paging {

    /** The response header with the number of items matching the filters across all pages. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    @QueryParam("offset")
    @DefaultValue("0")
    private int offset;

    @QueryParam("limit")
    @DefaultValue("" + PageRequest.DEFAULT_LIMIT)
    private int limit;

    @QueryParam("name")
    private String name;

    @Context
    private HttpServletResponse response;

    public PageRequest page() {
        return new PageRequest(offset, limit);
    }

    /** Case-insensitive "name contains" text, or null. */
    public String name() {
        return name;
    }

    /** Whether {@code candidate} passes the name filter (for lists filtered in memory). */
    public boolean nameMatches(String candidate) {
        return name == null || name.isBlank() || (candidate != null
                && candidate.toLowerCase(Locale.ROOT).contains(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** A page the service already cut, with the total across all pages in {@value #TOTAL_COUNT}. */
    public <T> List<T> withTotal(List<T> page, long total) {
        response.setHeader(TOTAL_COUNT, Long.toString(total));
        return page;
    }

    /** The requested page of a list filtered in memory (short lists: cameras, recorders, locks, definitions). */
    public <T> List<T> window(List<T> all) {
        PageRequest page = page();
        int from = (int) Math.min(all.size(), (long) page.offset());
        int to = (int) Math.min(all.size(), (long) from + page.limit());
        return withTotal(List.copyOf(all.subList(from, to)), all.size());
    }
}
