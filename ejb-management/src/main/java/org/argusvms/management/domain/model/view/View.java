package org.argusvms.management.domain.model.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * A saved layout of live cameras: personal (seen and changed only by its owner) or shared (seen by every user,
 * changed by configuration administrators). The grid and its tiles are one value, stored in one row, so that every
 * change of the layout moves the version and two administrators never overwrite each other unnoticed.
 */
@Entity
@Table(name = "live_view")
public class View {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "is_shared", nullable = false)
    private boolean shared;

    /** The user name of the owner of a personal view; null for a shared one. */
    @Column(name = "owner_name")
    private String owner;

    @Column(name = "grid_rows", nullable = false)
    private int rows;

    @Column(name = "grid_columns", nullable = false)
    private int columns;

    @Column(nullable = false, length = 4000)
    private String tiles;

    @Version
    private long version;

    protected View() {
    }

    public View(String id) {
        this.id = id;
    }

    /** @param owner the owner of a personal view; ignored for a shared one */
    public void define(String name, boolean shared, String owner, ViewLayout layout) {
        if (!shared && (owner == null || owner.isBlank())) {
            throw new IllegalArgumentException("a personal view needs an owner");
        }
        this.name = name;
        this.shared = shared;
        this.owner = shared ? null : owner;
        this.rows = layout.rows();
        this.columns = layout.columns();
        this.tiles = layout.encodedTiles();
    }

    /** Shared views are for everyone; a personal view only for its owner. */
    public boolean isVisibleTo(String userName) {
        return shared || Objects.equals(owner, userName);
    }

    /** Empties the tiles showing a camera that is being deleted; true if there were any. */
    public boolean removeCamera(String cameraId) {
        ViewLayout layout = layout();
        if (!layout.cameraIds().contains(cameraId)) {
            return false;
        }
        tiles = layout.withoutCamera(cameraId).encodedTiles();
        return true;
    }

    public ViewLayout layout() {
        return ViewLayout.decode(rows, columns, tiles);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean shared() {
        return shared;
    }

    public String owner() {
        return owner;
    }

    public long version() {
        return version;
    }
}
