package org.argusvms.management.domain.model.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Optional;

/**
 * A map: a floor plan picture with cameras placed on it. The picture's bytes live in their own row
 * ({@link FloorPlanPicture}) so that listing plans never loads megabytes; its type and size are kept here, so that a
 * new picture, like renaming or moving cameras, moves this row's version.
 */
@Entity
@Table(name = "floor_plan")
public class FloorPlan {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String name;

    /** The picture's media type (image/png or image/jpeg); null until a picture is uploaded. */
    @Column(name = "image_type")
    private String imageType;

    @Column(name = "image_width")
    private Integer imageWidth;

    @Column(name = "image_height")
    private Integer imageHeight;

    /** SHA-256 of the picture: a different picture of the same type and size still moves the version. */
    @Column(name = "image_digest")
    private String imageDigest;

    @Lob
    @Column(nullable = false)
    private String placements;

    @Version
    private long version;

    protected FloorPlan() {
    }

    public FloorPlan(String id, String name) {
        this.id = id;
        this.name = name;
        this.placements = Placements.none().encoded();
    }

    public void rename(String name) {
        this.name = name;
    }

    /** Records the new picture's type and size; the caller stores its bytes. */
    public void showPicture(PlanImage image) {
        this.imageType = image.type().mediaType();
        this.imageWidth = image.width();
        this.imageHeight = image.height();
        this.imageDigest = image.digest();
    }

    public void place(Placements placements) {
        this.placements = placements.encoded();
    }

    public Placements placements() {
        return Placements.decode(placements);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The picture's media type, empty while the plan has none. */
    public Optional<String> imageType() {
        return Optional.ofNullable(imageType);
    }

    public Integer imageWidth() {
        return imageWidth;
    }

    public Integer imageHeight() {
        return imageHeight;
    }

    public long version() {
        return version;
    }
}
