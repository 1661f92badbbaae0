package org.gradientlab.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.gradientlab.charts.Colour;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.NesterovForm;
import org.junit.jupiter.api.Test;

class PlaygroundStateTest {

    /** A race that uses every kind of setting a link carries. */
    static PlaygroundState everything() {
        return new PlaygroundState(
                "sin(x) y + 0.1(x^2 + y^2)",
                new Window(-3.5, 2.25, -1e-3, 40),
                1.25,
                -0.0625,
                1234,
                OptionalDouble.of(1e-6),
                List.of(
                        Racer.of(Method.GD, Colour.BLUE).withLearningRate(0.3),
                        Racer.of(Method.MOMENTUM, Colour.ORANGE)
                                .withLearningRate(1e-3)
                                .withMomentum(0.85, MomentumForm.EMA)
                                .withSchedule(ScheduleSettings.CONSTANT
                                        .withKind(ScheduleSettings.Kind.STEP)
                                        .with(ScheduleSettings.Parameter.GAMMA, 0.3)
                                        .with(ScheduleSettings.Parameter.EVERY, 25)),
                        Racer.of(Method.NESTEROV, Colour.GREEN)
                                .withNesterov(0.95, NesterovForm.LOOKAHEAD)
                                .withClipNorm(2.5),
                        Racer.of(Method.ADAMW, Colour.VERMILION)
                                .withAdam(0.8, 0.99, 1e-6, 0.125)
                                .withSchedule(ScheduleSettings.CONSTANT
                                        .withKind(ScheduleSettings.Kind.WARMUP_COSINE)
                                        .with(ScheduleSettings.Parameter.WARMUP, 10)
                                        .with(ScheduleSettings.Parameter.PERIOD, 300)),
                        Racer.of(Method.RMSPROP, Colour.SKY)
                                .withRmsProp(0.9, 1e-7)
                                .withSchedule(ScheduleSettings.CONSTANT
                                        .withKind(ScheduleSettings.Kind.COSINE_RESTARTS)
                                        .with(ScheduleSettings.Parameter.PERIOD, 50)
                                        .with(ScheduleSettings.Parameter.MULTIPLIER, 3)),
                        Racer.of(Method.LBFGS, Colour.PURPLE).withMemory(4),
                        Racer.of(Method.ADAGRAD, Colour.YELLOW)
                                .withLearningRate(0.7)
                                .withSchedule(ScheduleSettings.CONSTANT
                                        .withKind(ScheduleSettings.Kind.EXPONENTIAL)
                                        .with(ScheduleSettings.Parameter.DECAY, 0.999)),
                        Racer.of(Method.NEWTON, Colour.BLUE).withLearningRate(0.5)));
    }

    @Test
    void a_race_with_every_kind_of_setting_survives_its_link() {
        PlaygroundState state = everything();

        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery(state.toQuery());

        assertThat(decoded.notices()).isEmpty();
        assertThat(decoded.state()).isEqualTo(state.canonical());
    }

    @Test
    void every_method_and_schedule_round_trips_with_random_settings() {
        // Seed 20240501: random racers of every method with every schedule, settings drawn from their valid ranges.
        SplittableRandom random = new SplittableRandom(20240501);
        for (int trial = 0; trial < 300; trial++) {
            List<Racer> racers = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(PlaygroundState.MAX_RACERS); i++) {
                racers.add(randomRacer(random));
            }
            double x = random.nextDouble(-100, 100);
            double y = random.nextDouble(-100, 100);
            PlaygroundState state = new PlaygroundState(
                    "x^2 + " + random.nextInt(1, 50) + "y^2",
                    new Window(
                            x - random.nextDouble(0.01, 50),
                            x + random.nextDouble(0.01, 50),
                            y - random.nextDouble(0.01, 50),
                            y + random.nextDouble(0.01, 50)),
                    x,
                    y,
                    random.nextInt(1, PlaygroundState.MAX_STEPS + 1),
                    random.nextBoolean() ? OptionalDouble.of(random.nextDouble(-5, 5)) : OptionalDouble.empty(),
                    racers);

            PlaygroundState.Decoded decoded = PlaygroundState.fromQuery(state.toQuery());

            assertThat(decoded.notices()).as(state.toQuery()).isEmpty();
            assertThat(decoded.state()).as(state.toQuery()).isEqualTo(state.canonical());
        }
    }

    private static Racer randomRacer(SplittableRandom random) {
        Method method = Method.values()[random.nextInt(Method.values().length)];
        ScheduleSettings.Kind kind =
                ScheduleSettings.Kind.values()[random.nextInt(ScheduleSettings.Kind.values().length)];
        int period = random.nextInt(1, 5000);
        ScheduleSettings schedule = new ScheduleSettings(
                kind,
                random.nextDouble(0.01, 1),
                random.nextInt(1, 1000),
                random.nextDouble(0.9, 1),
                period,
                random.nextInt(1, 4),
                random.nextInt(0, period + 1));
        return new Racer(
                method,
                Math.pow(10, random.nextDouble(-5, 1)),
                random.nextDouble(0, 1),
                MomentumForm.values()[random.nextInt(3)],
                NesterovForm.values()[random.nextInt(2)],
                random.nextDouble(0, 1),
                random.nextDouble(0, 1),
                random.nextDouble(0, 1e-3),
                random.nextDouble(0, 1),
                random.nextDouble(0, 1),
                random.nextInt(1, Hyperparameter.MAX_MEMORY + 1),
                random.nextBoolean() ? random.nextDouble(0.01, 100) : 0,
                schedule,
                Colour.PALETTE.get(random.nextInt(Colour.PALETTE.size())));
    }

    @Test
    void a_link_keeps_only_the_settings_a_racers_method_has() {
        Racer gd = Racer.of(Method.GD, Colour.BLUE).withLearningRate(0.3).withAdam(0.5, 0.5, 0.5, 0.5);

        String query = new PlaygroundState(
                        "x^2", new Window(-1, 1, -1, 1), 0.5, 0.5, 10, OptionalDouble.empty(), List.of(gd))
                .toQuery();

        assertThat(query).endsWith("r=gd,lr:0.3,c:0072B2");
    }

    @Test
    void the_link_is_readable_and_encodes_what_a_query_would_misread() {
        String query = new PlaygroundState(
                        "(1-x)^2 + 100(y-x^2)^2",
                        new Window(-2.5, 2.5, -1, 3.5),
                        -2,
                        2,
                        5000,
                        OptionalDouble.empty(),
                        List.of(Racer.of(Method.MOMENTUM, Colour.ORANGE)
                                .withLearningRate(0.001)
                                .withMomentum(0.9, MomentumForm.HEAVY_BALL)))
                .toQuery();

        assertThat(query)
                .isEqualTo("f=(1-x)%5E2%20%2B%20100(y-x%5E2)%5E2&win=-2.5,2.5,-1,3.5&start=-2,2&steps=5000"
                        + "&r=momentum,lr:0.001,beta:0.9,form:heavy-ball,c:E69F00");
    }

    @Test
    void an_empty_link_is_the_default_race_and_a_link_without_racers_has_none() {
        assertThat(PlaygroundState.fromQuery("").state()).isEqualTo(PlaygroundState.DEFAULT);
        assertThat(PlaygroundState.fromQuery(Map.of()).state()).isEqualTo(PlaygroundState.DEFAULT);

        PlaygroundState.Decoded noRacers = PlaygroundState.fromQuery("f=x%5E2%2By%5E2");

        assertThat(noRacers.state().racers()).isEmpty();
        assertThat(noRacers.state().function()).isEqualTo("x^2+y^2");
        assertThat(noRacers.notices()).isEmpty();
    }

    @Test
    void split_parameters_from_the_router_read_like_the_query() {
        PlaygroundState state = everything();
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (String pair : state.toQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters
                    .computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                    .add(QueryText.decode(pair.substring(eq + 1)).orElseThrow());
        }

        assertThat(PlaygroundState.fromQuery(parameters).state()).isEqualTo(state.canonical());
    }
}
