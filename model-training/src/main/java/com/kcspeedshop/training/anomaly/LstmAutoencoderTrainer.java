package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.training.rul.TrainingProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.RepeatVector;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * An LSTM encoder-decoder in the manner of Malhotra et al. 2016 ("LSTM-based encoder-decoder for multi-sensor anomaly
 * detection", ICML anomaly detection workshop): an LSTM reads the window and its last hidden state is the code; the code
 * is repeated once per step and a second LSTM with a linear read-out reconstructs the window; trained with Adam on MSE
 * on normal windows only. Early stopping watches the mean reconstruction error on the validation trips' windows and
 * keeps the best epoch's weights.
 *
 * @param window       intervals per window (10 s each)
 * @param code         size of the code (the encoder's hidden state)
 * @param epochs       upper bound on epochs
 * @param patience     epochs without a better validation error before stopping
 * @param batchSize    windows per minibatch
 * @param learningRate Adam step size
 * @param timeBudget   training stops after this much wall time, keeping the best epoch so far
 */
public record LstmAutoencoderTrainer(int window, int code, int epochs, int patience, int batchSize,
                                     double learningRate, Duration timeBudget) {

    public static final LstmAutoencoderTrainer DEFAULT = new LstmAutoencoderTrainer(6, 16, 60, 8, 256, 3e-3,
            Duration.ofMinutes(15));

    public LstmAutoencoderTrainer {
        if (window < 2 || code < 1 || epochs < 1 || patience < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("bad LSTM autoencoder: window " + window + ", code " + code
                    + ", epochs " + epochs + ", patience " + patience + ", batch " + batchSize + ", lr "
                    + learningRate);
        }
    }

    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("architecture", "LSTM(" + code + ", tanh) last step - repeat x" + window + " - LSTM(" + code
                + ", tanh) - linear per step; MSE");
        h.put("score", "max over input columns of the column's mean squared reconstruction error over the window, "
                + "divided by its mean over the training windows");
        h.put("window", window);
        h.put("windowSeconds", window * 10);
        h.put("maxEpochs", epochs);
        h.put("patience", patience);
        h.put("batchSize", batchSize);
        h.put("learningRate", learningRate);
        h.put("optimizer", "Adam");
        h.put("timeBudgetSeconds", timeBudget.toSeconds());
        return h;
    }

    /** Result of a fit: the model, the epoch whose weights it keeps and its validation error. */
    public record Fit(LstmAutoencoderModel model, int bestEpoch, int epochsRun, double validationError) {
    }

    /**
     * Fits on transformed windows (each {@code window × prep.width()}).
     *
     * @param train      windows of the training trips
     * @param validation windows of the validation trips (early stopping)
     */
    public Fit fit(List<double[][]> train, List<double[][]> validation, AnomalyPreprocessing prep, long seed,
                   TrainingProgress progress) {
        if (train.isEmpty() || validation.isEmpty()) {
            throw new IllegalArgumentException("the autoencoder needs training and validation windows, got "
                    + train.size() + " and " + validation.size());
        }
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(prep.width(), seed));
        net.init();
        INDArray x = LstmAutoencoderModel.input(train, prep.width(), window);
        DataSet data = new DataSet(x, x);
        INDArray val = LstmAutoencoderModel.input(validation, prep.width(), window);
        long deadline = System.nanoTime() + timeBudget.toNanos();
        double best = Double.MAX_VALUE;
        INDArray bestParams = net.params().dup();
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < epochs && epoch - bestEpoch < patience && System.nanoTime() < deadline) {
            epoch++;
            data.shuffle(seed + epoch);
            for (DataSet batch : data.batchBy(batchSize)) {
                net.fit(batch);
            }
            double error = mean(LstmAutoencoderModel.reconstructionErrors(net, val));
            if (error < best) {
                best = error;
                bestEpoch = epoch;
                bestParams = net.params().dup();
            }
            progress.update(epoch, epochs, String.format(Locale.ROOT, "val MSE %.4f (best %.4f @%d)", error, best,
                    bestEpoch));
        }
        net.setParams(bestParams);
        AnomalyPreprocessing scaled = prep.withErrorScale(LstmAutoencoderModel.columnErrors(net, x));
        return new Fit(new LstmAutoencoderModel(net, scaled), bestEpoch, epoch, best);
    }

    /** Every full window of each trip's transformed intervals, stride 1. */
    public List<double[][]> windows(List<double[][]> tripsTransformed) {
        List<double[][]> out = new ArrayList<>();
        for (double[][] trip : tripsTransformed) {
            for (int end = window; end <= trip.length; end++) {
                double[][] w = new double[window][];
                System.arraycopy(trip, end - window, w, 0, window);
                out.add(w);
            }
        }
        return out;
    }

    private MultiLayerConfiguration configuration(int width, long seed) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(learningRate))
                .list()
                .layer(new LastTimeStep(new LSTM.Builder().nIn(width).nOut(code).activation(Activation.TANH).build()))
                .layer(new RepeatVector.Builder(window).build())
                .layer(new LSTM.Builder().nIn(code).nOut(code).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(code).nOut(width)
                        .activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(width, window))
                .build();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }
}
