package com.kcspeedshop.flink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeenSequencesTest {

    @Test
    void shouldTellWhatOfARangeIsNewAndRecordOnlyWhatIs() {
        Map<String, Long> bySource = new HashMap<>();

        assertThat(SeenSequences.admit(bySource, "elm-1", 5)).isEqualTo(SeenSequences.NEW_SOURCE);
        assertThat(bySource).containsEntry("elm-1", 5L);
        assertThat(SeenSequences.admit(bySource, "elm-1", 5)).isEqualTo(SeenSequences.ALL_SEEN);
        assertThat(SeenSequences.admit(bySource, "elm-1", 3)).isEqualTo(SeenSequences.ALL_SEEN);
        assertThat(bySource).containsEntry("elm-1", 5L);
        // a batch up to 8 that overlaps what was seen: the caller keeps the readings above 5
        assertThat(SeenSequences.admit(bySource, "elm-1", 8)).isEqualTo(5);
        assertThat(bySource).containsEntry("elm-1", 8L);
        assertThat(SeenSequences.admit(bySource, "elm-2", 0)).isEqualTo(SeenSequences.NEW_SOURCE);
    }

    @Test
    void shouldForgetTheStalestSourceBeyondTheLimit() {
        Map<String, Long> bySource = new HashMap<>();
        for (int s = 0; s < SeenSequences.MAX_SOURCES; s++) {
            SeenSequences.admit(bySource, "source-" + s, 100 + s);
        }
        SeenSequences.admit(bySource, "one-more", 1);

        assertThat(bySource).hasSize(SeenSequences.MAX_SOURCES).doesNotContainKey("source-0")
                .containsEntry("one-more", 1L);
    }
}
