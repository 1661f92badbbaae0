package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "draft")
class DraftEntity {

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
    String answers;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    protected DraftEntity() {}

    DraftEntity(Long assignmentId, Long studentId, String exerciseId) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.exerciseId = exerciseId;
    }
}
