package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "hint_reveal")
class HintRevealEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "assignment_id", nullable = false)
    Long assignmentId;

    @Column(name = "student_id", nullable = false)
    Long studentId;

    @Column(name = "exercise_id", nullable = false)
    String exerciseId;

    @Column(name = "hint_index", nullable = false)
    int hintIndex;

    @Column(name = "revealed_at", nullable = false)
    Instant revealedAt;

    protected HintRevealEntity() {}

    HintRevealEntity(Long assignmentId, Long studentId, String exerciseId, int hintIndex, Instant revealedAt) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.exerciseId = exerciseId;
        this.hintIndex = hintIndex;
        this.revealedAt = revealedAt;
    }
}
