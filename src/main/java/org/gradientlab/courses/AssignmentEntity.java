package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "assignment")
class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "course_id", nullable = false)
    Long courseId;

    @Column(nullable = false)
    String title;

    @Column(name = "max_attempts", nullable = false)
    int maxAttempts;

    @Column(nullable = false)
    double penalty;

    @Column(name = "hint_cost", nullable = false)
    double hintCost;

    @Column(name = "due_at")
    Instant dueAt;

    @Column(nullable = false)
    boolean published;

    @Column(name = "variant_seed", nullable = false)
    long variantSeed;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected AssignmentEntity() {}

    AssignmentEntity(Long courseId, long variantSeed, Instant createdAt) {
        this.courseId = courseId;
        this.variantSeed = variantSeed;
        this.createdAt = createdAt;
    }
}
