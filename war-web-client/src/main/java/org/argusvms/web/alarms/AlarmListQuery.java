package org.argusvms.web.alarms;

import org.argusvms.events.application.AlarmService;
import org.argusvms.events.application.AlarmService.Order;
import org.argusvms.events.application.AlarmView;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.ValidationException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One page of the alarms page's list. Besides the alarm states it offers "open" (every state but CLOSED), the
 * operator's usual view, which the alarm service has no filter for: it merges the pages of the three open states in
 * the service's own order. That needs the first {@code offset + limit} alarms of each state, so "open" pages end at
 * {@link PageRequest#MAX_LIMIT}.
 *
 * @param state    "open", "all" or an alarm state (NEW, IN_PROGRESS, ON_HOLD, CLOSED)
 * @param priority null for any
 */
record AlarmListQuery(String state, Integer priority, Order order, int offset, int limit) {

    static final String OPEN = "open";
    static final String ALL = "all";
    static final List<String> OPEN_STATES = List.of("NEW", "IN_PROGRESS", "ON_HOLD");
    static final int MAX_PAGE = 100;

    /** The service's orders: newest first, or priority 1 first then newest; the id breaks ties in both. */
    private static final Comparator<AlarmView> NEWEST = Comparator.comparing(AlarmView::raisedAt).reversed()
            .thenComparing(AlarmView::id);
    private static final Comparator<AlarmView> MOST_URGENT = Comparator.comparingInt(AlarmView::priority)
            .thenComparing(NEWEST);

    AlarmListQuery {
        state = state == null || state.isBlank() ? OPEN : state.strip();
        if (offset < 0) {
            throw new ValidationException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_PAGE);
        }
        if (OPEN.equals(state) && offset + limit >= PageRequest.MAX_LIMIT) {
            throw new ValidationException("offset", "open alarms can be paged through the first "
                    + (PageRequest.MAX_LIMIT - 1) + "; filter by state or priority to see more");
        }
    }

    /** The alarms of the page, plus one more if another page follows (the caller drops it). */
    List<AlarmView> pagePlusOne(AlarmService alarms) {
        if (!OPEN.equals(state)) {
            String serviceState = ALL.equals(state) ? null : state.toUpperCase(Locale.ROOT);
            return alarms.list(serviceState, priority, null, order, new PageRequest(offset, limit + 1));
        }
        PageRequest head = new PageRequest(0, offset + limit + 1);
        return OPEN_STATES.stream()
                .flatMap(openState -> alarms.list(openState, priority, null, order, head).stream())
                .sorted(order == Order.PRIORITY ? MOST_URGENT : NEWEST)
                .skip(offset)
                .limit(limit + 1L)
                .toList();
    }
}
