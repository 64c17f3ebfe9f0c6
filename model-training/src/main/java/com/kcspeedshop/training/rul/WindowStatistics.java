package com.kcspeedshop.training.rul;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Turns the {@link SequenceWindows} image {@code [n, 1, cycles, channels]} into the tree model's window statistics
 * ({@link WindowFeatures}) per channel, as one feature row {@code [n, 4 · channels]}: first every channel's window mean,
 * then every channel's mean over the last {@value #RECENT} cycles, then its least-squares slope scaled to the change
 * over the window (slope per cycle × (cycles − 1), so it is of the same order as the means rather than 30× smaller),
 * then its standard deviation (population, as {@link WindowFeatures}). The channels are the causally smoothed sensors
 * and the cycle number, so the cycle number arrives as its window mean and last-5 mean (its slope and spread are the
 * same for every full window; the next layer learns to ignore them).
 *
 * <p>This lets a dense network read the same tensor as the CNN members, hence the same artifact layout and
 * model-serving's scorer. Public, with a JSON creator for DL4J's configuration JSON: a saved network names this class
 * and its two sizes, and any module that loads the network (model-serving depends on model-training) finds it.
 *
 * <p><b>Backprop returns zeros</b> (input-shaped). This preprocessor only ever sits in front of layer 0: nothing below
 * it has parameters, so the gradient with respect to the network's input is not used to update anything (DL4J hands it
 * to the caller only on request, for example to chain networks, which this project never does). The exact gradient of
 * the standard deviation needs the input, which an {@code InputPreProcessor}'s {@code backprop} is not given; rather
 * than keep the last input in a field (state that breaks DL4J's stateless-preprocessor contract and its workspace
 * scoping), it is only ever placed at layer 0 ({@link ConvArchitecture#FEATURES_MLP}), and a test checks that a fit
 * updates every layer.
 */
public final class WindowStatistics implements InputPreProcessor {

    private static final long serialVersionUID = 1L;

    /** Cycles in the "recent" mean, as {@link WindowFeatures}. */
    static final int RECENT = 5;
    /** Statistics per channel. */
    static final int STATISTICS = 4;

    @JsonProperty("cycles")
    private final int cycles;
    @JsonProperty("channels")
    private final int channels;

    @JsonCreator
    public WindowStatistics(@JsonProperty("cycles") int cycles, @JsonProperty("channels") int channels) {
        if (cycles < 2 || channels < 1) {
            throw new IllegalArgumentException("need at least 2 cycles and 1 channel, got " + cycles + " cycles and "
                    + channels + " channels");
        }
        this.cycles = cycles;
        this.channels = channels;
    }

    public int cycles() {
        return cycles;
    }

    public int channels() {
        return channels;
    }

    /** Features per window: {@value #STATISTICS} per channel. */
    public int features() {
        return STATISTICS * channels;
    }

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (input.rank() != 4 || input.size(1) != 1 || input.size(2) != cycles || input.size(3) != channels) {
            throw new IllegalArgumentException("expected windows [n, 1, " + cycles + ", " + channels + "], got "
                    + java.util.Arrays.toString(input.shape()));
        }
        long n = input.size(0);
        INDArray x = input.reshape('c', n, cycles, channels);
        INDArray mean = x.mean(1);
        int recent = Math.min(RECENT, cycles);
        INDArray last = x.get(NDArrayIndex.all(), NDArrayIndex.interval(cycles - recent, cycles), NDArrayIndex.all())
                .mean(1);
        // least squares: slope = Σ (t − t̄)·x_t / Σ (t − t̄)², one weighted sum over time per channel
        INDArray weights = Nd4j.create(slopeWeights(cycles), new long[] {cycles, 1}, 'c').castTo(x.dataType());
        INDArray slope = x.permute(0, 2, 1).dup('c').reshape('c', n * channels, cycles).mmul(weights)
                .reshape('c', n, channels);
        INDArray std = x.std(false, 1);
        INDArray features = Nd4j.hstack(mean, last, slope, std);
        return workspaceMgr.leverageTo(ArrayType.ACTIVATIONS, features);
    }

    /**
     * Weights w_t with Σ w_t · x_t = the least-squares slope per cycle × (cycles − 1): the rise of the fitted line across
     * the window.
     */
    static float[] slopeWeights(int cycles) {
        double meanT = (cycles - 1) / 2.0;
        double varT = 0;
        for (int t = 0; t < cycles; t++) {
            varT += (t - meanT) * (t - meanT);
        }
        float[] w = new float[cycles];
        for (int t = 0; t < cycles; t++) {
            w[t] = (float) ((t - meanT) / varT * (cycles - 1));
        }
        return w;
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        // zeros in the input's shape: see the class comment for why nothing reads them
        return workspaceMgr.create(ArrayType.ACTIVATION_GRAD, output.dataType(), output.size(0), 1, cycles, channels);
    }

    @Override
    public InputPreProcessor clone() {
        return new WindowStatistics(cycles, channels);
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        if (!(inputType instanceof InputType.InputTypeConvolutional cnn) || cnn.getChannels() != 1
                || cnn.getHeight() != cycles || cnn.getWidth() != channels) {
            throw new IllegalArgumentException("expected a 1-channel convolutional input of " + cycles + " x "
                    + channels + ", got " + inputType);
        }
        return InputType.feedForward(features());
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
            int minibatchSize) {
        // windows are never masked (short units are padded with their first cycle)
        return new Pair<>(maskArray, currentMaskState);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WindowStatistics w && w.cycles == cycles && w.channels == channels;
    }

    @Override
    public int hashCode() {
        return 31 * cycles + channels;
    }

    @Override
    public String toString() {
        return "WindowStatistics(cycles=" + cycles + ", channels=" + channels + ")";
    }
}
