package org.argusvms.management.domain.model.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The management server's own site (the seed's "site": one management server with its recording servers). There is
 * exactly one row, {@link #LOCAL}; child sites of a federation are not modelled yet (docs/design/hardware-and-sites.md).
 */
@Entity
@Table(name = "site")
public class Site {

    /** The id of this management server's site. */
    public static final String LOCAL = "local";

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    private String contact;

    @Version
    private long version;

    protected Site() {
    }

    public Site(String id, String name, String description, String timeZone, String contact) {
        this.id = id;
        describe(name, description, timeZone, contact);
    }

    public void describe(String newName, String newDescription, String newTimeZone, String newContact) {
        this.name = newName;
        this.description = newDescription;
        this.timeZone = newTimeZone;
        this.contact = newContact;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** An IANA zone id, e.g. Europe/Copenhagen. */
    public String timeZone() {
        return timeZone;
    }

    public String contact() {
        return contact;
    }

    public long version() {
        return version;
    }
}
