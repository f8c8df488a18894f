package org.argusvms.web.admin;

import org.argusvms.management.application.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AllPagesTest {

    @Test
    void readsPageAfterPageUntilTheLastShortOne() {
        List<Integer> stored = IntStream.range(0, 2 * PageRequest.MAX_LIMIT + 3).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();

        List<Integer> all = AllPages.of(page -> {
            asked.add(page);
            return stored.subList(Math.min(page.offset(), stored.size()),
                    Math.min(page.offset() + page.limit(), stored.size()));
        });

        assertEquals(stored, all);
        assertEquals(3, asked.size());
    }

    @Test
    void anEmptyListIsOneCall() {
        List<PageRequest> asked = new ArrayList<>();

        assertEquals(List.of(), AllPages.of(page -> {
            asked.add(page);
            return List.of();
        }));
        assertEquals(1, asked.size());
    }
}
