package com.kcspeedshop.training.anomaly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J LSTM autoencoder over a window of standardised interval vectors. The score is the largest per-column
 * reconstruction error in units of that column's typical error: for each input column the mean squared error over the
 * window, divided by the column's mean of that over the training windows ({@link AnomalyPreprocessing#errorScale()}),
 * then the maximum over columns. The faults we look for each move one or two signals (coolant, trims, voltage, rpm);
 * averaged over ~50 columns their error drowned in the others' noise, and an unscaled maximum was set by the columns
 * the model always reconstructs badly (runs on the real trips: README). Scaling each column's error by its normal
 * level follows Malhotra et al. 2016, who model the error vector of normal data (here: its diagonal only). Training
 * minimises the plain MSE. Saved with DL4J's own zip format, without updater state.
 *
 * <p>{@link MultiLayerNetwork#output} keeps per-call state in the network, so scoring is serialised on the network.
 */
public final class LstmAutoencoderModel implements AnomalyModel {

    public static final String KIND = "lstm-autoencoder";
    public static final String BINARY = "model.dl4j.zip";

    private final MultiLayerNetwork net;
    private final AnomalyPreprocessing prep;

    LstmAutoencoderModel(MultiLayerNetwork net, AnomalyPreprocessing prep) {
        this.net = net;
        this.prep = prep;
    }

    static LstmAutoencoderModel load(Path dir, AnomalyPreprocessing prep) throws IOException {
        return new LstmAutoencoderModel(MultiLayerNetwork.load(dir.resolve(BINARY).toFile(), false), prep);
    }

    @Override
    public AnomalyPreprocessing preprocessing() {
        return prep;
    }

    LstmAutoencoderModel withPreprocessing(AnomalyPreprocessing p) {
        return new LstmAutoencoderModel(net, p);
    }

    @Override
    public double score(double[][] window) {
        if (window.length != prep.window()) {
            throw new IllegalArgumentException("the autoencoder scores " + prep.window() + " intervals, got "
                    + window.length);
        }
        double[][] x = new double[window.length][];
        for (int t = 0; t < window.length; t++) {
            x[t] = prep.transform(window[t]);
        }
        return scores(net, input(List.<double[][]>of(x), prep.width(), prep.window()), prep.errorScale())[0];
    }

    /** {@code [windows, features, time]} (DL4J's NCW recurrent layout) from transformed windows. */
    static INDArray input(List<double[][]> windows, int width, int length) {
        float[] flat = new float[windows.size() * width * length];
        int i = 0;
        for (double[][] w : windows) {
            for (int c = 0; c < width; c++) {
                for (int t = 0; t < length; t++) {
                    flat[i++] = (float) w[t][c];
                }
            }
        }
        return Nd4j.create(flat, new long[] {windows.size(), width, length}, 'c');
    }

    /** Mean squared error per window between input and reconstruction (the training loss). */
    static double[] reconstructionErrors(MultiLayerNetwork net, INDArray x) {
        return toArray(squaredErrors(net, x).mean(1, 2));
    }

    /**
     * The anomaly score per window: the largest over columns of the column's mean squared error over time, divided by
     * {@code scale} (null = unscaled).
     */
    static double[] scores(MultiLayerNetwork net, INDArray x, double[] scale) {
        INDArray perColumn = squaredErrors(net, x).mean(2);
        if (scale != null) {
            perColumn.diviRowVector(Nd4j.create(scale).castTo(perColumn.dataType()).reshape(1, scale.length));
        }
        return toArray(perColumn.max(1));
    }

    /** Per column, the mean over windows of the column's mean squared error over time: the normal error level. */
    static double[] columnErrors(MultiLayerNetwork net, INDArray x) {
        double[] e = toArray(squaredErrors(net, x).mean(2).mean(0));
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.max(e[i], 1e-6); // a column reconstructed perfectly must not divide by zero
        }
        return e;
    }

    private static INDArray squaredErrors(MultiLayerNetwork net, INDArray x) {
        INDArray out;
        synchronized (net) {
            out = net.output(x, false);
        }
        INDArray diff = out.sub(x);
        return diff.muli(diff);
    }

    private static double[] toArray(INDArray v) {
        double[] a = new double[(int) v.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = v.getDouble(i);
        }
        return a;
    }

    MultiLayerNetwork network() {
        return net;
    }

    @Override
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        prep.write(dir);
        net.save(dir.resolve(BINARY).toFile(), false);
    }
}
