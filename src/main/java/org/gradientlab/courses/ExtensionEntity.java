package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "extension")
class ExtensionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "assignment_id", nullable = false)
    Long assignmentId;

    @Column(name = "student_id", nullable = false)
    Long studentId;

    @Column(name = "due_at", nullable = false)
    Instant dueAt;

    protected ExtensionEntity() {}

    ExtensionEntity(Long assignmentId, Long studentId, Instant dueAt) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.dueAt = dueAt;
    }
}
