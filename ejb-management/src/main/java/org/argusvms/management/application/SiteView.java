package org.argusvms.management.application;

import java.io.Serializable;

/** The local site: {@code timeZone} is an IANA zone id (e.g. Europe/Copenhagen). */
public record SiteView(String id, String name, String description, String timeZone, String contact, long version)
        implements Serializable {
}
