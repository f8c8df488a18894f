package org.argusvms.management.application;

import jakarta.ejb.Local;

/**
 * The management server's own site and its tree (docs/design/hardware-and-sites.md), for administrators with
 * CONFIGURATION. Child sites (Milestone Federated Architecture) are not modelled yet.
 */
@Local
public interface SiteService {

    SiteView site();

    /**
     * Changes name, description, time zone (IANA id) and contact, based on {@code change.version()}.
     *
     * @throws ValidationException naming the bad field; nothing is changed then
     * @throws ConflictException if the version is stale
     */
    SiteView updateSite(SiteChange change);

    /** The site with its recording servers (online or not), their hardware and the hardware's devices. */
    SiteTree tree();
}
