package org.argusvms.management.domain.model.site;

public interface SiteRepository {

    /** The local site; the migration creates it, so it always exists. */
    Site local();

    void store(Site site);
}
