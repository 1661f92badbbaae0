package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * Which entries of a vector or matrix answer are right, in the shape the student entered, so the UI can colour
 * each cell.
 */
public sealed interface Mask {

    /** One flag per vector entry. */
    record Entries(List<Boolean> entries) implements Mask {
        public Entries {
            entries = List.copyOf(entries);
        }
    }

    /** One flag per matrix cell, rows outer, in the student's shape (rows may differ in length). */
    record Cells(List<List<Boolean>> rows) implements Mask {
        public Cells {
            List<List<Boolean>> copy = new ArrayList<>();
            rows.forEach(r -> copy.add(List.copyOf(r)));
            rows = List.copyOf(copy);
        }
    }

    /** The flags as plain lists (a list of booleans, or a list of rows), shaped like the answer's encoding. */
    default List<?> asList() {
        return switch (this) {
            case Entries e -> e.entries();
            case Cells c -> c.rows();
        };
    }
}
