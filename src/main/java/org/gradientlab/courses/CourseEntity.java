package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "course")
class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String name;

    @Column(name = "join_code", nullable = false, unique = true)
    String joinCode;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected CourseEntity() {}

    CourseEntity(String name, String joinCode, Instant createdAt) {
        this.name = name;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }
}
