package com.kcspeedshop.training.rul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The window tensor must become exactly the tree's window statistics, computed independently by {@link WindowFeatures}. */
class WindowStatisticsTest {

    private static final int N = 3;
    private static final int CYCLES = 12;
    private static final int CHANNELS = 4;

    @Test
    void shouldComputeWhatWindowFeaturesComputesForEachChannel() {
        Random random = new Random(5);
        double[][][] rows = new double[N][CYCLES][CHANNELS];
        INDArray x = Nd4j.create(DataType.FLOAT, N, 1, CYCLES, CHANNELS);
        for (int n = 0; n < N; n++) {
            for (int t = 0; t < CYCLES; t++) {
                for (int c = 0; c < CHANNELS; c++) {
                    // a trend, a channel offset and noise, so mean, slope and spread all differ per channel
                    float v = (float) (0.1 * (c + 1) * t + c - n + random.nextGaussian());
                    rows[n][t][c] = v;
                    x.putScalar(new int[] {n, 0, t, c}, v);
                }
            }
        }

        INDArray features = new WindowStatistics(CYCLES, CHANNELS).preProcess(x, N, LayerWorkspaceMgr.noWorkspaces());

        assertThat(features.shape()).containsExactly(N, 4L * CHANNELS);
        for (int n = 0; n < N; n++) {
            double[] tree = WindowFeatures.of(rows[n], CYCLES - 1, CYCLES);
            for (int c = 0; c < CHANNELS; c++) {
                assertThat(features.getDouble(n, c)).as("mean").isCloseTo(tree[c * 4], within(1e-5));
                assertThat(features.getDouble(n, CHANNELS + c)).as("recent").isCloseTo(tree[c * 4 + 1], within(1e-5));
                assertThat(features.getDouble(n, 2 * CHANNELS + c)).as("slope over the window")
                        .isCloseTo(tree[c * 4 + 2] * (CYCLES - 1), within(1e-4));
                assertThat(features.getDouble(n, 3 * CHANNELS + c)).as("std").isCloseTo(tree[c * 4 + 3], within(1e-5));
            }
        }
    }

    @Test
    void backpropShouldReturnZerosInTheInputsShape() {
        WindowStatistics pre = new WindowStatistics(CYCLES, CHANNELS);
        INDArray back = pre.backprop(Nd4j.ones(DataType.FLOAT, N, 4 * CHANNELS), N, LayerWorkspaceMgr.noWorkspaces());

        assertThat(back.shape()).containsExactly(N, 1, CYCLES, CHANNELS);
        assertThat(back.sumNumber().doubleValue()).isZero();
    }

    @Test
    void shouldDescribeTheFeatureRowAndRejectOtherInputs() {
        WindowStatistics pre = new WindowStatistics(CYCLES, CHANNELS);
        assertThat(pre.getOutputType(InputType.convolutional(CYCLES, CHANNELS, 1)))
                .isEqualTo(InputType.feedForward(4L * CHANNELS));
        assertThatThrownBy(() -> pre.getOutputType(InputType.convolutional(CYCLES + 1, CHANNELS, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 x 4");
        assertThatThrownBy(() -> pre.preProcess(Nd4j.create(DataType.FLOAT, N, 1, CYCLES, CHANNELS + 1), N,
                LayerWorkspaceMgr.noWorkspaces())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[n, 1, 12, 4]");
        assertThatThrownBy(() -> new WindowStatistics(1, CHANNELS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSurviveTheNetworkConfigurationsJsonWithItsSizes() {
        MultiLayerConfiguration conf = ConvArchitecture.FEATURES_MLP.configuration(new NeuralNetConfiguration.Builder()
                .seed(1), 8, CYCLES, CHANNELS);

        InputPreProcessor reread = MultiLayerConfiguration.fromJson(conf.toJson()).getInputPreProcess(0);

        assertThat(reread).isEqualTo(new WindowStatistics(CYCLES, CHANNELS));
    }
}
