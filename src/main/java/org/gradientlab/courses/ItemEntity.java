package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "assignment_item")
class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "assignment_id", nullable = false)
    Long assignmentId;

    @Column(name = "item_order", nullable = false)
    int order;

    @Column(name = "exercise_id", nullable = false)
    String exerciseId;

    /** Parameter overrides as a JSON object of strings. */
    @Column(nullable = false)
    String overrides;

    protected ItemEntity() {}

    ItemEntity(Long assignmentId, int order, String exerciseId, String overrides) {
        this.assignmentId = assignmentId;
        this.order = order;
        this.exerciseId = exerciseId;
        this.overrides = overrides;
    }
}
