package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "grade_override")
class OverrideEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "assignment_id", nullable = false)
    Long assignmentId;

    @Column(name = "student_id", nullable = false)
    Long studentId;

    @Column(name = "exercise_id", nullable = false)
    String exerciseId;

    @Column(nullable = false)
    double score;

    @Column(nullable = false)
    String reason;

    @Column(name = "overridden_by", nullable = false)
    Long overriddenBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected OverrideEntity() {}

    OverrideEntity(
            Long assignmentId,
            Long studentId,
            String exerciseId,
            double score,
            String reason,
            Long overriddenBy,
            Instant createdAt) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.exerciseId = exerciseId;
        this.score = score;
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.createdAt = createdAt;
    }
}
