package org.gradientlab.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViewerZoneTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void a_stored_utc_time_is_shown_in_the_viewers_zone_with_summer_time() {
        // 10:15 UTC in May is 12:15 in Berlin (CEST, UTC+2); in January 11:15 (CET, UTC+1).
        assertThat(ViewerZone.format(Instant.parse("2031-05-04T10:15:00Z"), BERLIN, Locale.ENGLISH))
                .contains("12:15")
                .endsWith("CEST");
        assertThat(ViewerZone.format(Instant.parse("2031-01-04T10:15:00Z"), BERLIN, Locale.ENGLISH))
                .contains("11:15")
                .endsWith("CET");
    }

    @Test
    void a_time_entered_in_the_viewers_zone_is_stored_in_utc() {
        assertThat(ViewerZone.instant(LocalDateTime.parse("2031-05-04T12:15"), BERLIN))
                .isEqualTo(Instant.parse("2031-05-04T10:15:00Z"));
        assertThat(ViewerZone.local(Instant.parse("2031-05-04T10:15:00Z"), BERLIN))
                .isEqualTo(LocalDateTime.parse("2031-05-04T12:15"));
    }

    @Test
    void a_missing_or_unknown_browser_zone_falls_back_to_utc() {
        assertThat(ViewerZone.of(null)).isEqualTo(ZoneOffset.UTC);
        assertThat(ViewerZone.of("")).isEqualTo(ZoneOffset.UTC);
        assertThat(ViewerZone.of("Mars/Olympus")).isEqualTo(ZoneOffset.UTC);
        assertThat(ViewerZone.format(Instant.parse("2031-05-04T10:15:00Z"), ZoneOffset.UTC, Locale.ENGLISH))
                .contains("10:15")
                .endsWith("UTC");
    }
}
