package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

/**
 * A view as its reader sees it. {@code owner} is set for a personal view (the reader themself), null for a shared one;
 * {@code tiles} lists the non-empty tiles, those of cameras the reader may not watch live as restricted.
 */
public record ViewDetails(String id, String name, boolean shared, String owner, int rows, int columns,
                          List<ViewTileDetails> tiles, long version) implements Serializable {
}
