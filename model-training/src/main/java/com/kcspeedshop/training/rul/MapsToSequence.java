package com.kcspeedshop.training.rul;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Between a convolution that spans all channels and a recurrent layer: the maps {@code [n, maps, cycles, 1]} (NCHW,
 * width 1) become the sequence {@code [n, maps, cycles]} (NCW), one step per cycle with the maps as its features. As
 * with {@link WindowToSequence}, DL4J's {@code CnnToRnnPreProcessor} would read the first axis as minibatch × time
 * instead. Public and stateless for DL4J's JSON.
 */
public final class MapsToSequence implements InputPreProcessor {

    private static final long serialVersionUID = 1L;

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (input.rank() != 4 || input.size(3) != 1) {
            throw new IllegalArgumentException("expected maps [n, maps, cycles, 1], got "
                    + java.util.Arrays.toString(input.shape()));
        }
        INDArray sequence = input.dup('c').reshape('c', input.size(0), input.size(1), input.size(2));
        return workspaceMgr.leverageTo(ArrayType.ACTIVATIONS, sequence);
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        INDArray maps = output.dup('c');
        return workspaceMgr.leverageTo(ArrayType.ACTIVATION_GRAD,
                maps.reshape('c', maps.size(0), maps.size(1), maps.size(2), 1));
    }

    @Override
    public InputPreProcessor clone() {
        return new MapsToSequence();
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        if (!(inputType instanceof InputType.InputTypeConvolutional cnn) || cnn.getWidth() != 1) {
            throw new IllegalArgumentException("expected convolution maps of width 1, got " + inputType);
        }
        return InputType.recurrent(cnn.getChannels(), cnn.getHeight());
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
            int minibatchSize) {
        return new Pair<>(maskArray, currentMaskState);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapsToSequence;
    }

    @Override
    public int hashCode() {
        return MapsToSequence.class.hashCode();
    }
}
