package com.kcspeedshop.serving.scorer;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The DL4J RUL network. A row is one window flattened time-major ({@code [t0 channels…, t1 channels…]}), the layout of
 * model-training's {@code SequenceWindows}: NCHW {@code [rows, 1, window, channels]}. The output in [0, 1] is scaled by
 * the RUL cap and clipped at 0, as {@code Dl4jRulModel} does. An ensemble artifact has several networks: their outputs
 * are summed in member order in double precision and divided by their count before the scaling, again as
 * {@code Dl4jRulModel} does, so both sides give the same number.
 *
 * <p>{@link MultiLayerNetwork#output} keeps per-call state in the network (layer inputs, workspaces), so it is not safe
 * to call concurrently: one lock per network. DL4J's ParallelInference would lift that; one window takes microseconds,
 * so the lock has not been the bottleneck (see the benchmark in the README).
 */
final class Dl4jRulScorer implements Scorer {

    private final List<MultiLayerNetwork> nets;
    private final ModelMetadata meta;
    private final int window;
    private final int channels;
    private final double rulCap;

    Dl4jRulScorer(List<MultiLayerNetwork> nets, ModelMetadata meta, int window, int channels, double rulCap) {
        if (nets.isEmpty()) {
            throw new IllegalArgumentException("a DL4J RUL scorer needs at least one network");
        }
        this.nets = List.copyOf(nets);
        this.meta = meta;
        this.window = window;
        this.channels = channels;
        this.rulCap = rulCap;
    }

    @Override
    public ModelMetadata metadata() {
        return meta;
    }

    @Override
    public double[] predict(double[][] batch) {
        Inputs.validate(batch, meta);
        float[] flat = new float[batch.length * window * channels];
        int i = 0;
        for (double[] row : batch) {
            for (double v : row) {
                flat[i++] = (float) v;
            }
        }
        INDArray input = Nd4j.create(flat, new long[] {batch.length, 1, window, channels}, 'c');
        double[] sum = new double[batch.length];
        for (MultiLayerNetwork net : nets) {
            INDArray out;
            synchronized (net) {
                out = net.output(input, false);
            }
            for (int r = 0; r < sum.length; r++) {
                sum[r] += out.getDouble(r, 0);
            }
        }
        double[] rul = new double[batch.length];
        for (int r = 0; r < rul.length; r++) {
            rul[r] = Math.max(0, sum[r] / nets.size() * rulCap);
        }
        return rul;
    }
}
