package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One submission as it was graded; rows are inserted and never changed ({@link Immutable}). */
@Entity
@Immutable
@Table(name = "attempt")
class AttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    Long assignmentId;

    @Column(name = "student_id", nullable = false, updatable = false)
    Long studentId;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    String exerciseId;

    @Column(nullable = false, updatable = false)
    int variant;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    int attemptNumber;

    @Column(nullable = false, updatable = false)
    String answers;

    @Column(nullable = false, updatable = false)
    String interpreted;

    @Column(nullable = false, updatable = false)
    String verdict;

    @Column(updatable = false)
    Double score;

    @Column(nullable = false, updatable = false)
    String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected AttemptEntity() {}

    AttemptEntity(
            Long assignmentId,
            Long studentId,
            String exerciseId,
            int variant,
            int attemptNumber,
            String answers,
            Graded graded,
            Instant createdAt) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.exerciseId = exerciseId;
        this.variant = variant;
        this.attemptNumber = attemptNumber;
        this.answers = answers;
        this.interpreted = graded.interpreted();
        this.verdict = graded.verdict().apiName();
        this.score = graded.score();
        this.notes = String.join(",", graded.notes());
        this.createdAt = createdAt;
    }
}
