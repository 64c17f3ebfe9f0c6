package com.kcspeedshop.training.rul;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A 1-D CNN over the window, in the spirit of Li, Ding and Sun 2018 ("Remaining useful life estimation in prognostics
 * using deep convolution neural networks", Reliability Engineering and System Safety 172), made cheaper for 2 shared
 * cores. The first convolution spans all channels at once ({@value #KERNEL} cycles × sensors and cycle number, a true
 * 1-D convolution along time); a second {@value #KERNEL}×1 convolution mixes its maps; then dropout, a dense layer of
 * 32 and a linear output, with L2 weight decay; Adam on MSE of capped RUL / cap. Li et al.'s per-sensor 10×1 stack cost
 * about 4.5× more per window, and a DL4J LSTM about as much again.
 * Early stopping watches RMSE on the validation units (split by unit) and keeps the best epoch's weights.
 *
 * @param filters      maps per convolution
 * @param epochs       upper bound on epochs
 * @param patience     epochs without a better validation RMSE before stopping
 * @param batchSize    windows per minibatch (Li et al.: 512)
 * @param learningRate Adam step size (Li et al.: 0.001)
 * @param timeBudget   training stops after this much wall time, keeping the best epoch so far
 */
public record ConvRulTrainer(int filters, int epochs, int patience, int batchSize, double learningRate,
        Duration timeBudget) {

    public static final ConvRulTrainer DEFAULT = new ConvRulTrainer(16, 120, 15, 64, 1e-3, Duration.ofMinutes(18));
    static final int KERNEL = 10;
    static final double L2 = 1e-3;

    public ConvRulTrainer {
        if (filters < 1 || epochs < 1 || patience < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("bad CNN hyperparameters: filters " + filters + ", epochs " + epochs
                    + ", patience " + patience + ", batch " + batchSize + ", lr " + learningRate);
        }
    }

    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("architecture", "Conv(" + filters + "@" + KERNEL + "x all sensors, relu) - Conv(" + filters + "@" + KERNEL
                + "x1, relu) - dropout 0.5 - Dense(32, relu) - linear; time axis padded 4 cycles each side; L2 " + L2);
        h.put("inputs", "kept sensors + cycle/" + (int) SequenceWindows.CYCLE_SCALE + " per window row");
        h.put("maxEpochs", epochs);
        h.put("patience", patience);
        h.put("batchSize", batchSize);
        h.put("learningRate", learningRate);
        h.put("optimizer", "Adam");
        h.put("loss", "MSE on RUL/cap");
        h.put("timeBudgetSeconds", timeBudget.toSeconds());
        return h;
    }

    /** Result of a fit: the model and the epoch whose weights it keeps. */
    public record Fit(RulModel model, int bestEpoch, int epochsRun, double validationRmse) {
    }

    public Fit train(UnitSplit split, RulPreprocessing prep, RulRecipe recipe, TrainingProgress progress) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(prep, recipe.seed()));
        net.init();
        DataSet train = SequenceWindows.all(split.train(), prep);
        DataSet validation = SequenceWindows.all(split.validation(), prep);
        long deadline = System.nanoTime() + timeBudget.toNanos();
        double best = Double.MAX_VALUE;
        INDArray bestParams = net.params().dup();
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < epochs && epoch - bestEpoch < patience && System.nanoTime() < deadline) {
            epoch++;
            train.shuffle(recipe.seed() + epoch);
            for (DataSet batch : train.batchBy(batchSize)) {
                net.fit(batch);
            }
            double rmse = rmse(net, validation, prep.rulCap());
            if (rmse < best) {
                best = rmse;
                bestEpoch = epoch;
                bestParams = net.params().dup();
            }
            progress.update(epoch, epochs, String.format(Locale.ROOT, "val RMSE %.2f (best %.2f @%d)", rmse, best,
                    bestEpoch));
        }
        net.setParams(bestParams);
        return new Fit(new Dl4jRulModel(net, prep), bestEpoch, epoch, best);
    }

    private MultiLayerConfiguration configuration(RulPreprocessing prep, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(learningRate))
                // the net overfit 80 engines within 5 epochs (validation RMSE rising from epoch 4); weight decay and
                // a narrower, more dropped-out head slow that down
                .l2(L2)
                .list();
        int sensors = SequenceWindows.channels(prep);
        // pad time only (4 cycles each side keeps the window's ends in view); never across sensors
        int[] pad = {(KERNEL - 1) / 2, 0};
        return list
                .layer(new ConvolutionLayer.Builder(KERNEL, sensors).padding(pad).nOut(filters)
                        .convolutionMode(ConvolutionMode.Truncate).activation(Activation.RELU).build())
                .layer(new ConvolutionLayer.Builder(KERNEL, 1).padding(pad).nOut(filters)
                        .convolutionMode(ConvolutionMode.Truncate).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(32).activation(Activation.RELU).dropOut(0.5).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .setInputType(InputType.convolutional(prep.window(), SequenceWindows.channels(prep), 1))
                .build();
    }

    private static double rmse(MultiLayerNetwork net, DataSet data, int cap) {
        INDArray predicted = net.output(data.getFeatures(), false);
        INDArray diff = predicted.sub(data.getLabels()).muli(cap);
        return Math.sqrt(diff.mul(diff).meanNumber().doubleValue());
    }
}
