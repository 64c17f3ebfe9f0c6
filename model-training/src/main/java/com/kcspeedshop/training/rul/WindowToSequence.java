package com.kcspeedshop.training.rul;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns the {@link SequenceWindows} image {@code [n, 1, cycles, channels]} (NCHW) into the recurrent layout
 * {@code [n, channels, cycles]} (NCW): channels (the sensors and the cycle number) become the feature axis and the
 * window's cycles the time axis, so a recurrent layer steps through the window one cycle at a time. This lets an LSTM
 * member read the same tensor as the CNN members, and so the same artifact layout and model-serving's scorer.
 *
 * <p>DL4J's own {@code CnnToRnnPreProcessor} does not do this: it reads the first axis as minibatch × time (for a CNN
 * applied per frame of a video), so on this tensor it yields one time step holding all cycles × channels. Public and
 * stateless, with the no-argument constructor DL4J's JSON needs: a saved network names this class, and any module
 * that loads the network (model-serving depends on model-training) finds it.
 */
public final class WindowToSequence implements InputPreProcessor {

    private static final long serialVersionUID = 1L;

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (input.rank() != 4 || input.size(1) != 1) {
            throw new IllegalArgumentException("expected windows [n, 1, cycles, channels], got "
                    + java.util.Arrays.toString(input.shape()));
        }
        INDArray sequence = input.reshape('c', input.size(0), input.size(2), input.size(3)).permute(0, 2, 1);
        return workspaceMgr.dup(ArrayType.ACTIVATIONS, sequence, 'c');
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        // the gradient [n, channels, cycles] back to the image layout [n, 1, cycles, channels]
        INDArray image = output.permute(0, 2, 1).dup('c');
        return workspaceMgr.leverageTo(ArrayType.ACTIVATION_GRAD,
                image.reshape('c', image.size(0), 1, image.size(1), image.size(2)));
    }

    @Override
    public InputPreProcessor clone() {
        return new WindowToSequence();
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        if (!(inputType instanceof InputType.InputTypeConvolutional cnn) || cnn.getChannels() != 1) {
            throw new IllegalArgumentException("expected a 1-channel convolutional input, got " + inputType);
        }
        return InputType.recurrent(cnn.getWidth(), cnn.getHeight());
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
            int minibatchSize) {
        // windows are never masked (short units are padded with their first cycle)
        return new Pair<>(maskArray, currentMaskState);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WindowToSequence;
    }

    @Override
    public int hashCode() {
        return WindowToSequence.class.hashCode();
    }
}
