package org.gradientlab.courses;

import java.time.Instant;
import java.util.List;

/**
 * One stored attempt for a history page, with its current grade (the latest regrade, if any).
 *
 * @param answers     the answers as submitted, JSON text
 * @param interpreted how each part was read, one {@code part: text} line each
 * @param score       null unless the attempt was graded
 * @param notes       note keys of the misconceptions found
 */
public record AttemptRecord(
        long id,
        String student,
        String exerciseId,
        int variant,
        int attemptNumber,
        String answers,
        String interpreted,
        String verdict,
        Double score,
        List<String> notes,
        boolean late,
        Instant createdAt) {}
