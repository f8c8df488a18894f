package org.argusvms.web.alarms;

import org.argusvms.events.application.AlarmService;
import org.argusvms.events.application.AlarmService.Order;
import org.argusvms.events.application.AlarmView;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AlarmListQueryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T20:00:00Z");

    /** Alarms as the service would hold them: state, priority, minutes after T0. */
    private final List<AlarmView> stored = List.of(
            alarm("a", "NEW", 5, 1), alarm("b", "IN_PROGRESS", 1, 2), alarm("c", "CLOSED", 1, 3),
            alarm("d", "ON_HOLD", 3, 4), alarm("e", "NEW", 1, 5));
    private final List<String> askedStates = new ArrayList<>();

    /** Filters and orders like the service (and its repository) does. */
    private final AlarmService service = new AlarmService() {
        @Override
        public List<AlarmView> list(String state, Integer priority, String cameraId, Order order, PageRequest page) {
            askedStates.add(state);
            Comparator<AlarmView> newest = Comparator.comparing(AlarmView::raisedAt).reversed();
            return stored.stream().filter(alarm -> state == null || alarm.state().equals(state))
                    .filter(alarm -> priority == null || alarm.priority() == priority)
                    .sorted(order == Order.PRIORITY ? Comparator.comparingInt(AlarmView::priority).thenComparing(newest)
                            : newest)
                    .skip(page.offset()).limit(page.limit()).toList();
        }

        @Override
        public AlarmView get(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AlarmView take(String id, String comment, Long version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AlarmView hold(String id, String comment, Long version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AlarmView close(String id, String comment, Long version) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void openAlarmsAreEveryStateButClosedInTheServicesOrder() {
        assertEquals(List.of("e", "d", "b", "a"), ids(new AlarmListQuery("open", null, Order.NEWEST, 0, 10)));
        assertEquals(List.of("e", "b", "d", "a"), ids(new AlarmListQuery(null, null, Order.PRIORITY, 0, 10)));
        assertEquals(List.of("NEW", "IN_PROGRESS", "ON_HOLD"), askedStates.subList(0, 3));
    }

    @Test
    void openAlarmsArePagedAfterMergingWithOneExtraToTellWhetherMoreFollow() {
        assertEquals(List.of("d", "b", "a"), ids(new AlarmListQuery("open", null, Order.NEWEST, 1, 2)));
        assertEquals(List.of("a"), ids(new AlarmListQuery("open", null, Order.NEWEST, 3, 2)));
        assertEquals(List.of("e", "b"), ids(new AlarmListQuery("open", 1, Order.NEWEST, 0, 10)));
    }

    @Test
    void aStateOrAllIsTheServicesOwnFilter() {
        assertEquals(List.of("c"), ids(new AlarmListQuery("CLOSED", null, Order.NEWEST, 0, 10)));
        assertEquals(List.of("e", "d", "c", "b", "a"), ids(new AlarmListQuery("all", null, Order.NEWEST, 0, 10)));
        assertEquals(Arrays.asList("CLOSED", null), askedStates);
    }

    @Test
    void pagesOutsideWhatCanBeMergedOrTooLargeAreRefused() {
        ValidationException tooFar = assertThrows(ValidationException.class,
                () -> new AlarmListQuery("open", null, Order.NEWEST, PageRequest.MAX_LIMIT - 10, 25));
        assertEquals("offset", tooFar.field());
        assertEquals("limit", assertThrows(ValidationException.class,
                () -> new AlarmListQuery("all", null, Order.NEWEST, 0, 101)).field());
        assertEquals("offset", assertThrows(ValidationException.class,
                () -> new AlarmListQuery("all", null, Order.NEWEST, -1, 10)).field());
    }

    private List<String> ids(AlarmListQuery query) {
        return query.pagePlusOne(service).stream().map(AlarmView::id).toList();
    }

    private static AlarmView alarm(String id, String state, int priority, int minutes) {
        return new AlarmView(id, "def", "Door " + id, "event-" + id, "generic", "cam-1", "door forced", state, null,
                priority, null, null, T0.plusSeconds(60L * minutes), null, 1, List.of());
    }
}
