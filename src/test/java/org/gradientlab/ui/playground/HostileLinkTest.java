package org.gradientlab.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.SplittableRandom;
import org.gradientlab.charts.Colour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links that were mistyped, cut short or tampered with: the playground reads what it can and says what it could not. */
class HostileLinkTest {

    private static final PlaygroundState DEFAULT = PlaygroundState.DEFAULT;

    private static List<LinkNotice.Key> keys(PlaygroundState.Decoded decoded) {
        return decoded.notices().stream().map(LinkNotice::key).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "steps=0|steps",
                "steps=-5|steps",
                "steps=20001|steps",
                "steps=1e3|steps",
                "steps=99999999999|steps",
                "steps=NaN|steps",
                "steps=|steps",
                "start=1|start",
                "start=1,2,3|start",
                "start=NaN,1|start",
                "start=Infinity,0|start",
                "start=1e400,0|start",
                "start=0x10,1|start",
                "start=1d,2|start",
                "start=2e6,0|start",
                "win=1,0,0,1|win",
                "win=0,1,0,0|win",
                "win=0,1|win",
                "win=a,b,c,d|win",
                "win=-1e9,1,0,1|win",
                "below=NaN|below",
                "below=-Infinity|below",
                "below=abc|below"
            })
    void an_unusable_number_falls_back_to_the_default_with_a_notice(String query, String setting) {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery(query);

        assertThat(keys(decoded)).containsExactly(LinkNotice.Key.BAD_VALUE);
        assertThat(decoded.notices().getFirst().arguments().getFirst()).isEqualTo(setting);
        PlaygroundState s = decoded.state();
        assertThat(s.steps()).isEqualTo(DEFAULT.steps());
        assertThat(s.window()).isEqualTo(DEFAULT.window());
        assertThat(new double[] {s.startX(), s.startY()}).containsExactly(DEFAULT.startX(), DEFAULT.startY());
        assertThat(s.stopBelow()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "r=gd,lr:-1|r1.lr",
                "r=gd,lr:1e9|r1.lr",
                "r=gd,lr:abc|r1.lr",
                "r=gd,clip:0|r1.clip",
                "r=momentum,beta:1|r1.beta",
                "r=momentum,beta:-0.1|r1.beta",
                "r=momentum,form:sideways|r1.form",
                "r=nesterov,form:heavy-ball|r1.form",
                "r=adam,b2:1.5|r1.b2",
                "r=adam,eps:-1|r1.eps",
                "r=rmsprop,rho:2|r1.rho",
                "r=lbfgs,m:0|r1.m",
                "r=lbfgs,m:2.5|r1.m",
                "r=adamw,wd:-0.1|r1.wd",
                "r=gd,sched:zigzag|r1.sched",
                "r=gd,sched:step,gamma:0|r1.gamma",
                "r=gd,sched:cosine,period:0|r1.period",
                "r=gd,sched:cosine-restarts,mult:0.5|r1.mult",
                "r=gd,c:red|r1.c",
                "r=gd,c:12345|r1.c"
            })
    void an_unusable_racer_setting_falls_back_to_its_default_and_keeps_the_racer(String query, String setting) {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery(query);

        assertThat(keys(decoded)).containsExactly(LinkNotice.Key.BAD_VALUE);
        assertThat(decoded.notices().getFirst().arguments().getFirst()).isEqualTo(setting);
        assertThat(decoded.state().racers()).hasSize(1);
        Racer racer = decoded.state().racers().getFirst();
        Racer defaults = Racer.of(racer.method(), Colour.automatic(0));
        assertThat(racer.canonical())
                .isEqualTo(defaults.canonical().withSchedule(racer.schedule().canonical()));
        assertThatCode(racer::optimizer).doesNotThrowAnyException();
    }

    @Test
    void a_warm_up_longer_than_its_period_is_shortened_with_a_notice() {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery("r=gd,sched:warmup-cosine,warmup:500,period:100");

        assertThat(keys(decoded)).containsExactly(LinkNotice.Key.BAD_VALUE);
        ScheduleSettings schedule = decoded.state().racers().getFirst().schedule();
        assertThat(schedule.warmup()).isLessThanOrEqualTo(schedule.period());
        assertThatCode(schedule::toSchedule).doesNotThrowAnyException();
    }

    @Test
    void an_unreadable_function_is_replaced_by_the_default_with_its_column() {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery("f=x%5E2%20%2B%20*y");

        assertThat(keys(decoded)).containsExactly(LinkNotice.Key.BAD_FUNCTION);
        // "x^2 + *y": the '*' at column 7 has nothing before it.
        assertThat(decoded.notices().getFirst().arguments()).containsExactly("x^2 + *y", "7");
        assertThat(decoded.state().function()).isEqualTo(DEFAULT.function());
    }

    @Test
    void a_function_in_other_variables_is_refused() {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery("f=x1%5E2%2Bz");

        assertThat(keys(decoded)).containsExactly(LinkNotice.Key.BAD_FUNCTION);
        assertThat(decoded.state().function()).isEqualTo(DEFAULT.function());
    }

    @Test
    void unknown_optimizers_and_settings_are_left_out_and_named() {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery("r=sgd9000,lr:0.1&r=adam,speed:11&colour=red");

        assertThat(keys(decoded))
                .containsExactlyInAnyOrder(
                        LinkNotice.Key.UNKNOWN_SETTING,
                        LinkNotice.Key.UNKNOWN_OPTIMIZER,
                        LinkNotice.Key.UNKNOWN_SETTING);
        assertThat(decoded.state().racers()).extracting(Racer::method).containsExactly(Method.ADAM);
    }

    @Test
    void more_racers_than_a_race_has_room_for_are_cut_with_a_notice() {
        String query = String.join("&", java.util.Collections.nCopies(50, "r=gd,lr:0.1"));

        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery(query);

        assertThat(decoded.state().racers()).hasSize(PlaygroundState.MAX_RACERS);
        assertThat(keys(decoded)).containsExactly(LinkNotice.Key.TOO_MANY_RACERS);
    }

    @Test
    void broken_escapes_and_invalid_utf8_are_ignored_with_a_notice() {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery("f=%zz&steps=%E2%28%A1&start=1,2&win=%");

        assertThat(keys(decoded))
                .containsExactly(LinkNotice.Key.BAD_ENCODING, LinkNotice.Key.BAD_ENCODING, LinkNotice.Key.BAD_ENCODING);
        assertThat(decoded.state().function()).isEqualTo(DEFAULT.function());
        assertThat(decoded.state().startX()).isEqualTo(1);
        assertThat(decoded.state().startY()).isEqualTo(2);
    }

    @Test
    void a_notice_repeats_at_most_forty_characters_of_what_it_found() {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery("steps=" + "9".repeat(5000));

        assertThat(decoded.notices().getFirst().arguments().get(1)).hasSize(LinkNotice.MAX_ARGUMENT);
    }

    @Test
    void random_garbage_never_breaks_reading_and_always_gives_a_runnable_race() {
        // Seed 7: queries stitched from fragments of real links and random characters.
        SplittableRandom random = new SplittableRandom(7);
        String[] fragments = {
            "f=",
            "r=",
            "win=",
            "start=",
            "steps=",
            "below=",
            "&",
            ",",
            ":",
            "%",
            "%2",
            "%E2%82",
            "gd",
            "adam",
            "lr",
            "beta",
            "sched",
            "cosine",
            "period",
            "-",
            "1e308",
            "1e-320",
            "NaN",
            "0",
            ".",
            "=",
            "x",
            "y",
            "^",
            "(",
            ")",
            "+",
            "c",
            "0072B2",
            "form",
            "ema",
            "\u00e9",
            "\uD83D\uDE00",
            " "
        };
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder query = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                query.append(
                        random.nextInt(5) == 0
                                ? String.valueOf((char) random.nextInt(32, 0x3000))
                                : fragments[random.nextInt(fragments.length)]);
            }
            PlaygroundState.Decoded decoded = PlaygroundState.fromQuery(query.toString());

            PlaygroundState state = decoded.state();
            assertThat(state.racers()).hasSizeLessThanOrEqualTo(PlaygroundState.MAX_RACERS);
            for (Racer racer : state.racers()) {
                assertThatCode(racer::optimizer).as(query.toString()).doesNotThrowAnyException();
            }
            assertThat(PlaygroundState.fromQuery(state.toQuery()).state())
                    .as(query.toString())
                    .isEqualTo(state.canonical());
        }
    }
}
