package org.argusvms.management.domain.model.view;

import java.util.List;
import java.util.Optional;

public interface ViewRepository {

    Optional<View> find(String id);

    /** The shared views and the personal views of {@code userName}, ordered by name; {@code nameContains} may be null. */
    List<View> findVisiblePage(String userName, String nameContains, int offset, int limit);

    long countVisible(String userName, String nameContains);

    /** The shared view named {@code name}, or {@code owner}'s personal one. */
    Optional<View> findByName(String name, boolean shared, String owner);

    List<View> findShowing(String cameraId);

    void store(View view);

    void remove(View view);
}
