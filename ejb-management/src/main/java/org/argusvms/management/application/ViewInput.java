package org.argusvms.management.application;

import java.util.List;

/**
 * A view as a client sends it: a name, whether it is shared, the grid ({@code rows} × {@code columns}, 1 to 8 each)
 * and the cameras on its tiles; {@code version} is required when changing an existing view.
 */
public record ViewInput(String name, Boolean shared, Integer rows, Integer columns, List<ViewTileInput> tiles,
                        Long version) {
}
