package com.kcspeedshop.serving.scorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorerAnomalyAdapterTest {

    @Test
    void shouldScoreLikeTheScorerAndAnswerNaNForUnknownFeaturesInsteadOfThrowing() throws Exception {
        Scorer scorer = Scorers.load(GoldenArtifacts.TREE, null, "rul-golden");
        ScorerAnomalyAdapter adapter = new ScorerAnomalyAdapter(scorer, 5.0);
        double[] row = GoldenArtifacts.rows(GoldenArtifacts.TREE)[0];

        assertThat(adapter.score(row)).isEqualTo(scorer.predict(row));
        double[] unknown = row.clone();
        unknown[1] = Double.NaN;
        assertThat(adapter.score(unknown)).isNaN();
        assertThat(adapter.score(new double[] {1, 2})).isNaN();
        assertThat(adapter.id()).isEqualTo("rul-golden@rul-tree-v1");
        assertThat(adapter.threshold()).isEqualTo(5.0);
    }
}
