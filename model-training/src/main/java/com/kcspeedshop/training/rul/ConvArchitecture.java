package com.kcspeedshop.training.rul;

import java.util.Arrays;
import java.util.Locale;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The layer stacks {@link ConvRulTrainer} can train. All read the same [window, 1, cycles, sensors + cycle] tensor of
 * {@link SequenceWindows} and end in one linear output, so all save as a plain DL4J {@code MultiLayerNetwork} and load
 * the same way (the artifact layout does not depend on the architecture).
 */
public enum ConvArchitecture {

    /**
     * The compact 1-D CNN, in the spirit of Li, Ding and Sun 2018 but made cheaper for 2 shared cores: the first
     * convolution spans all channels at once ({@value #KERNEL} cycles × sensors and cycle number, a true 1-D
     * convolution along time); a second {@value #KERNEL}×1 convolution mixes its maps; then dropout 0.5, a dense layer
     * of 32 (relu) and a linear output, with L2 weight decay {@value #L2}.
     */
    COMPACT("compact") {
        @Override
        MultiLayerConfiguration configuration(NeuralNetConfiguration.Builder base, int filters, int window,
                int channels) {
            return compact(base, filters, COMPACT_DENSE, window, channels);
        }

        @Override
        String describe(int filters) {
            return describeCompact(filters, COMPACT_DENSE);
        }
    },

    /**
     * The {@link #COMPACT} net made wider: {@code filters} maps per convolution (32 in its preset, twice the compact
     * net's) and a dense layer of {@value #WIDE_DENSE}; otherwise the same layers, dropout and L2.
     */
    COMPACT_WIDE("compact-wide") {
        @Override
        MultiLayerConfiguration configuration(NeuralNetConfiguration.Builder base, int filters, int window,
                int channels) {
            return compact(base, filters, WIDE_DENSE, window, channels);
        }

        @Override
        String describe(int filters) {
            return describeCompact(filters, WIDE_DENSE);
        }
    },

    /**
     * Li, Ding and Sun 2018 ("Remaining useful life estimation in prognostics using deep convolution neural networks",
     * Reliability Engineering and System Safety 172, section 3 and table 2): four convolutions of {@code filters}
     * (10 in the paper) maps with a {@value #KERNEL}×1 kernel along time, each sensor kept apart, same padding, tanh;
     * a fifth of one map with a {@value #LI_LAST_KERNEL}×1 kernel; flatten, dropout 0.5, dense 100 (tanh), linear.
     * No weight decay (the paper uses none). Here each row also carries the cycle number, as for the compact net.
     */
    LI2018("li2018") {
        @Override
        MultiLayerConfiguration configuration(NeuralNetConfiguration.Builder base, int filters, int window,
                int channels) {
            NeuralNetConfiguration.ListBuilder list = base.list();
            for (int i = 0; i < 4; i++) {
                list.layer(new ConvolutionLayer.Builder(KERNEL, 1).nOut(filters)
                        .convolutionMode(ConvolutionMode.Same).activation(Activation.TANH).build());
            }
            return list
                    .layer(new ConvolutionLayer.Builder(LI_LAST_KERNEL, 1).nOut(1)
                            .convolutionMode(ConvolutionMode.Same).activation(Activation.TANH).build())
                    // DL4J applies a layer's dropout to its input: this drops the flattened maps, as the paper does
                    .layer(new DenseLayer.Builder().nOut(100).activation(Activation.TANH).dropOut(0.5).build())
                    .layer(output())
                    .setInputType(InputType.convolutional(window, channels, 1))
                    .build();
        }

        @Override
        String describe(int filters) {
            return "4 x Conv(" + filters + "@" + KERNEL + "x1, same, tanh) - Conv(1@" + LI_LAST_KERNEL
                    + "x1, same, tanh) - dropout 0.5 - Dense(100, tanh) - linear (Li, Ding and Sun 2018)";
        }
    },

    /**
     * A recurrent member: {@link WindowToSequence} turns the window into a sequence of cycles (each step carries the
     * sensors and the cycle number), an LSTM of {@code filters} units (tanh) reads it, its state after the newest cycle
     * ({@code LastTimeStep}) goes through dropout 0.5, a dense layer of 32 (relu) and a linear output, with L2
     * {@value #LSTM_L2}. The shape of Zheng et al. 2017 ("Long short-term memory network for remaining useful life
     * estimation", IEEE ICPHM) cut to one recurrent layer for 2 shared cores.
     */
    LSTM("lstm") {
        @Override
        MultiLayerConfiguration configuration(NeuralNetConfiguration.Builder base, int filters, int window,
                int channels) {
            return base.l2(LSTM_L2).list()
                    .layer(new LastTimeStep(new org.deeplearning4j.nn.conf.layers.LSTM.Builder().nOut(filters)
                            .activation(Activation.TANH).build()))
                    .layer(new DenseLayer.Builder().nOut(32).activation(Activation.RELU).dropOut(0.5).build())
                    .layer(output())
                    .inputPreProcessor(0, new WindowToSequence())
                    .setInputType(InputType.convolutional(window, channels, 1))
                    .build();
        }

        @Override
        String describe(int filters) {
            return "cycles as time steps - LSTM(" + filters + ", tanh), last step - dropout 0.5 - Dense(32, relu) -"
                    + " linear; L2 " + LSTM_L2;
        }
    },

    /**
     * CNN then LSTM: the compact net's first convolution ({@code filters} maps over {@value #KERNEL} cycles × all
     * channels, relu, padded 4 cycles each side along time), {@link MapsToSequence}, then the
     * {@link #LSTM} member's LSTM({@value #HYBRID_UNITS}), last step, dropout 0.5, Dense(32) and linear output, L2
     * {@value #LSTM_L2}: the convolution smooths and mixes the sensors, the LSTM follows the trend over the window.
     */
    CNN_LSTM("cnn-lstm") {
        @Override
        MultiLayerConfiguration configuration(NeuralNetConfiguration.Builder base, int filters, int window,
                int channels) {
            return base.l2(LSTM_L2).list()
                    // padded along time only, as the compact net: 4 cycles each side, so 29 steps from 30 cycles
                    .layer(new ConvolutionLayer.Builder(KERNEL, channels).padding((KERNEL - 1) / 2, 0).nOut(filters)
                            .convolutionMode(ConvolutionMode.Truncate).activation(Activation.RELU).build())
                    .layer(new LastTimeStep(new org.deeplearning4j.nn.conf.layers.LSTM.Builder().nOut(HYBRID_UNITS)
                            .activation(Activation.TANH).build()))
                    .layer(new DenseLayer.Builder().nOut(32).activation(Activation.RELU).dropOut(0.5).build())
                    .layer(output())
                    .inputPreProcessor(1, new MapsToSequence())
                    .setInputType(InputType.convolutional(window, channels, 1))
                    .build();
        }

        @Override
        String describe(int filters) {
            return "Conv(" + filters + "@" + KERNEL + "x all sensors, relu, time padded 4 each side) - maps as time steps - LSTM("
                    + HYBRID_UNITS + ", tanh), last step - dropout 0.5 - Dense(32, relu) - linear; L2 " + LSTM_L2;
        }
    },

    /**
     * A dense network on the tree model's window statistics: {@link WindowStatistics} turns the window into every
     * channel's mean, last-5 mean, slope and standard deviation ({@link WindowFeatures}' features, here of the smoothed
     * channels), batch normalisation puts those on one scale (slopes and spreads are far smaller than means), then
     * Dense({@code filters}, relu), dropout {@value #MLP_DROPOUT}, Dense(32, relu) and a linear output, with L2
     * {@value #MLP_L2}. The hypothesis: the tree's hand-made statistics carry what the CNN misses (the tree beats it on
     * FD001's test units).
     */
    FEATURES_MLP("features-mlp") {
        @Override
        MultiLayerConfiguration configuration(NeuralNetConfiguration.Builder base, int filters, int window,
                int channels) {
            return base.l2(MLP_L2).list()
                    .layer(new BatchNormalization.Builder().build())
                    .layer(new DenseLayer.Builder().nOut(filters).activation(Activation.RELU).build())
                    // DL4J applies a layer's dropout to its input: this drops the first dense layer's outputs
                    .layer(new DenseLayer.Builder().nOut(32).activation(Activation.RELU).dropOut(1 - MLP_DROPOUT)
                            .build())
                    .layer(output())
                    // only at layer 0: its backprop returns zeros, see WindowStatistics
                    .inputPreProcessor(0, new WindowStatistics(window, channels))
                    .setInputType(InputType.convolutional(window, channels, 1))
                    .build();
        }

        @Override
        String describe(int filters) {
            return "window statistics per channel (mean, last-" + WindowStatistics.RECENT + " mean, slope, std) -"
                    + " batch norm - Dense(" + filters + ", relu) - dropout " + MLP_DROPOUT + " - Dense(32, relu) -"
                    + " linear; L2 " + MLP_L2;
        }
    };

    /** Share of the first dense layer's outputs the features MLP drops while training. */
    static final double MLP_DROPOUT = 0.3;
    /** Weight decay of the features MLP. */
    static final double MLP_L2 = 1e-4;
    /** LSTM units of the CNN+LSTM member. */
    static final int HYBRID_UNITS = 32;
    /** Weight decay of the LSTM member. */
    static final double LSTM_L2 = 1e-4;
    /** Cycles per convolution kernel along time (Li et al.: 10). */
    static final int KERNEL = 10;
    /** The last convolution's kernel in Li et al. */
    static final int LI_LAST_KERNEL = 3;
    /** Weight decay of the compact net. */
    static final double L2 = 1e-3;

    private final String cliName;

    ConvArchitecture(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line and in provenance. */
    public String cliName() {
        return cliName;
    }

    /** The architecture called {@code name} on the command line; a clear error listing the names otherwise. */
    public static ConvArchitecture fromCliName(String name) {
        for (ConvArchitecture a : values()) {
            if (a.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("architecture must be one of "
                + Arrays.stream(values()).map(ConvArchitecture::cliName).toList() + ", was '" + name + "'");
    }

    /** Dense units of the compact net. */
    static final int COMPACT_DENSE = 32;
    /** Dense units of the wide compact net. */
    static final int WIDE_DENSE = 64;

    private static MultiLayerConfiguration compact(NeuralNetConfiguration.Builder base, int filters, int dense,
            int window, int channels) {
        // the net overfit 80 engines within 5 epochs (validation RMSE rising from epoch 4); weight decay and a
        // narrower, more dropped-out head slow that down
        NeuralNetConfiguration.ListBuilder list = base.l2(L2).list();
        // pad time only (4 cycles each side keeps the window's ends in view); never across sensors
        int[] pad = {(KERNEL - 1) / 2, 0};
        return list
                .layer(new ConvolutionLayer.Builder(KERNEL, channels).padding(pad).nOut(filters)
                        .convolutionMode(ConvolutionMode.Truncate).activation(Activation.RELU).build())
                .layer(new ConvolutionLayer.Builder(KERNEL, 1).padding(pad).nOut(filters)
                        .convolutionMode(ConvolutionMode.Truncate).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(dense).activation(Activation.RELU).dropOut(0.5).build())
                .layer(output())
                .setInputType(InputType.convolutional(window, channels, 1))
                .build();
    }

    private static String describeCompact(int filters, int dense) {
        return "Conv(" + filters + "@" + KERNEL + "x all sensors, relu) - Conv(" + filters + "@" + KERNEL
                + "x1, relu) - dropout 0.5 - Dense(" + dense + ", relu) - linear; time axis padded 4 cycles each side;"
                + " L2 " + L2;
    }

    abstract MultiLayerConfiguration configuration(NeuralNetConfiguration.Builder base, int filters, int window,
            int channels);

    abstract String describe(int filters);

    private static OutputLayer output() {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1).activation(Activation.IDENTITY).build();
    }
}
