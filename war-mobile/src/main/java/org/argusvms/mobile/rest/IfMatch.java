package org.argusvms.mobile.rest;

import org.argusvms.management.application.ValidationException;

/** The version an edit is based on, from an {@code If-Match: "3"} header (weak tags accepted) and/or the body. */
final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param ifMatch     the header, or null
     * @param bodyVersion the body's {@code version}, or null
     * @return the version the edit is based on, or null if neither names one
     * @throws ValidationException for a malformed header, or a header and body naming different versions
     */
    static Long version(String ifMatch, Long bodyVersion) {
        if (ifMatch == null) {
            return bodyVersion;
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        long version;
        try {
            version = Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "If-Match must carry the object's version, e.g. \"3\"");
        }
        if (bodyVersion != null && bodyVersion != version) {
            throw new ValidationException("version", "the If-Match header and the body name different versions");
        }
        return version;
    }
}
