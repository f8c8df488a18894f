package org.argusvms.web.admin;

import org.argusvms.management.application.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a paged list of an EJB to its end: the page shows every role and group, however many there are. */
final class AllPages {

    private AllPages() {
    }

    static <T> List<T> of(Function<PageRequest, List<T>> pageOf) {
        List<T> all = new ArrayList<>();
        List<T> page;
        do {
            page = pageOf.apply(new PageRequest(all.size(), PageRequest.MAX_LIMIT));
            all.addAll(page);
        } while (page.size() == PageRequest.MAX_LIMIT);
        return all;
    }
}
