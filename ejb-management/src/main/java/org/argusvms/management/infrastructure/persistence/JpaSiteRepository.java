package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.site.Site;
import org.argusvms.management.domain.model.site.SiteRepository;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Site local() {
        Site site = entityManager.find(Site.class, Site.LOCAL);
        if (site == null) {
            throw new IllegalStateException("the local site is missing; management migration V14 creates it");
        }
        return site;
    }

    @Override
    public void store(Site site) {
        entityManager.persist(site);
        entityManager.flush();
    }
}
