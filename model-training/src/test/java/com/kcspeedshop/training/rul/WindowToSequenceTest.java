package com.kcspeedshop.training.rul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.preprocessor.CnnToRnnPreProcessor;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The window image (or the maps of a convolution over it) must reach the LSTM with channels on the feature axis and cycles on the time axis. */
class WindowToSequenceTest {

    private static final int N = 2;
    private static final int CYCLES = 3;
    private static final int CHANNELS = 4;

    /** value = 100·window + 10·cycle + channel, so every element says where it came from. */
    private static INDArray windows() {
        INDArray x = Nd4j.create(DataType.FLOAT, N, 1, CYCLES, CHANNELS);
        for (int n = 0; n < N; n++) {
            for (int t = 0; t < CYCLES; t++) {
                for (int c = 0; c < CHANNELS; c++) {
                    x.putScalar(new int[] {n, 0, t, c}, 100 * n + 10 * t + c);
                }
            }
        }
        return x;
    }

    @Test
    void shouldPutChannelsOnTheFeatureAxisAndCyclesOnTheTimeAxis() {
        INDArray seq = new WindowToSequence().preProcess(windows(), N, LayerWorkspaceMgr.noWorkspaces());

        assertThat(seq.shape()).containsExactly(N, CHANNELS, CYCLES);
        for (int n = 0; n < N; n++) {
            for (int t = 0; t < CYCLES; t++) {
                for (int c = 0; c < CHANNELS; c++) {
                    assertThat(seq.getDouble(n, c, t)).isEqualTo(100 * n + 10 * t + c);
                }
            }
        }
    }

    @Test
    void backpropShouldReturnTheGradientInTheImageLayout() {
        WindowToSequence pre = new WindowToSequence();
        INDArray x = windows();
        INDArray back = pre.backprop(pre.preProcess(x, N, LayerWorkspaceMgr.noWorkspaces()), N,
                LayerWorkspaceMgr.noWorkspaces());

        assertThat(back.shape()).containsExactly(x.shape());
        assertThat(back).isEqualTo(x);
    }

    @Test
    void dl4jsCnnToRnnPreProcessorWouldGiveOneTimeStepInstead() {
        // why a preprocessor of our own: DL4J's reads the first axis as minibatch × time
        INDArray seq = new CnnToRnnPreProcessor(CYCLES, CHANNELS, 1).preProcess(windows(), N,
                LayerWorkspaceMgr.noWorkspaces());

        assertThat(seq.shape()).containsExactly(N, CYCLES * CHANNELS, 1);
    }

    @Test
    void shouldDescribeTheSequenceAndRejectOtherInputs() {
        WindowToSequence pre = new WindowToSequence();
        assertThat(pre.getOutputType(InputType.convolutional(CYCLES, CHANNELS, 1)))
                .isEqualTo(InputType.recurrent(CHANNELS, CYCLES));
        assertThatThrownBy(() -> pre.getOutputType(InputType.convolutional(CYCLES, CHANNELS, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-channel");
        assertThatThrownBy(() -> pre.preProcess(Nd4j.create(DataType.FLOAT, N, CHANNELS, CYCLES), N,
                LayerWorkspaceMgr.noWorkspaces())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[n, 1, cycles, channels]");
    }

    @Test
    void mapsToSequenceShouldPutMapsOnTheFeatureAxisAndCyclesOnTheTimeAxis() {
        // maps [n, maps, cycles, 1], as a convolution spanning all channels leaves them
        INDArray maps = windows().permute(0, 3, 2, 1).dup('c');
        MapsToSequence pre = new MapsToSequence();

        INDArray seq = pre.preProcess(maps, N, LayerWorkspaceMgr.noWorkspaces());

        assertThat(seq.shape()).containsExactly(N, CHANNELS, CYCLES);
        for (int n = 0; n < N; n++) {
            for (int t = 0; t < CYCLES; t++) {
                for (int c = 0; c < CHANNELS; c++) {
                    assertThat(seq.getDouble(n, c, t)).isEqualTo(100 * n + 10 * t + c);
                }
            }
        }
        assertThat(pre.backprop(seq, N, LayerWorkspaceMgr.noWorkspaces())).isEqualTo(maps);
        assertThat(pre.getOutputType(InputType.convolutional(CYCLES, 1, CHANNELS)))
                .isEqualTo(InputType.recurrent(CHANNELS, CYCLES));
        assertThatThrownBy(() -> pre.getOutputType(InputType.convolutional(CYCLES, 2, CHANNELS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width 1");
    }

    @Test
    void shouldSurviveTheNetworkConfigurationsJson() {
        MultiLayerConfiguration conf = ConvArchitecture.LSTM.configuration(new NeuralNetConfiguration.Builder()
                .seed(1), 5, CYCLES, CHANNELS);

        InputPreProcessor reread = MultiLayerConfiguration.fromJson(conf.toJson()).getInputPreProcess(0);

        assertThat(reread).isInstanceOf(WindowToSequence.class);
    }
}
