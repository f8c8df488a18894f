package org.argusvms.management.application;

/** A window of a list: skip {@code offset} items, return at most {@code limit}; limits are capped, never refused. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must not be negative");
        }
        if (limit < 1) {
            throw new ValidationException("limit", "limit must be at least 1");
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    /** Missing parameters take the defaults. */
    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }
}
