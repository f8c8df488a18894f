package org.argusvms.management.domain.model.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a floor plan's picture, one row per plan, read only when a client asks for the picture. */
@Entity
@Table(name = "floor_plan_image")
public class FloorPlanPicture {

    @Id
    @Column(name = "plan_id")
    private String planId;

    @Column(nullable = false)
    private byte[] content;

    protected FloorPlanPicture() {
    }

    public FloorPlanPicture(String planId, PlanImage image) {
        this.planId = planId;
        replace(image);
    }

    public void replace(PlanImage image) {
        this.content = image.content();
    }

    public String planId() {
        return planId;
    }

    public byte[] content() {
        return content.clone();
    }
}
