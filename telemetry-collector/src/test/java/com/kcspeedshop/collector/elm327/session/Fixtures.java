package com.kcspeedshop.collector.elm327.session;

import com.kcspeedshop.collector.elm327.emulator.CloneQuirk;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Fast settings for tests: millisecond latencies so a full init runs in well under a second. */
final class Fixtures {

    private Fixtures() {
    }

    static EmulatorSettings emulator(CloneQuirk... quirks) {
        return EmulatorSettings.defaults()
                .withTiming(Duration.ofMillis(3), Duration.ofMillis(20), Duration.ofMillis(700))
                .withQuirks(Set.of(quirks));
    }

    static SessionSettings session() {
        return SessionSettings.defaults()
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(2))
                .withReconnect(new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(200), 5, 42L))
                .withRequestIntervals(Duration.ZERO, Duration.ofMillis(5));
    }

    /** Records requested sleeps instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }
}
