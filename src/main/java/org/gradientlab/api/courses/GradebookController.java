package org.gradientlab.api.courses;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gradientlab.api.ApiException;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.GradebookService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A course's gradebook for its instructors and TAs: CSV when the client accepts {@code text/csv}, else JSON. */
@RestController
class GradebookController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final GradebookService gradebooks;

    GradebookController(GradebookService gradebooks) {
        this.gradebooks = gradebooks;
    }

    @GetMapping("/api/v1/courses/{id}/gradebook")
    ResponseEntity<?> gradebook(
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            Principal principal) {
        if (principal == null) {
            throw ApiException.unauthorized("Sign in as an instructor or TA of the course to read its gradebook.");
        }
        long courseId = CoursesErrors.id(id, "course");
        try {
            if (wantsCsv(accept)) {
                return ResponseEntity.ok()
                        .contentType(CSV)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"gradebook-" + courseId + ".csv\"")
                        .body(gradebooks.csv(principal.getName(), courseId));
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(GradebookResponse.of(gradebooks.gradebook(principal.getName(), courseId)));
        } catch (CoursesException e) {
            throw CoursesErrors.of(e);
        }
    }

    /** CSV only when asked for and preferred to JSON; a missing or wildcard Accept gets JSON. */
    private static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isCompatibleWith(CSV) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
