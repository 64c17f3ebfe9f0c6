package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** DL4J network over {@link SequenceWindows}; saved with DL4J's own zip format, without updater state. */
final class Dl4jRulModel implements RulModel {

    static final String BINARY = "model.dl4j.zip";

    private final MultiLayerNetwork net;
    private final RulPreprocessing prep;

    Dl4jRulModel(MultiLayerNetwork net, RulPreprocessing prep) {
        this.net = net;
        this.prep = prep;
    }

    static Dl4jRulModel load(Path file, RulPreprocessing prep) throws IOException {
        return new Dl4jRulModel(MultiLayerNetwork.load(file.toFile(), false), prep);
    }

    @Override
    public String kind() {
        return "dl4j";
    }

    @Override
    public RulPreprocessing preprocessing() {
        return prep;
    }

    @Override
    public double[] predictLast(List<EngineUnit> units) {
        INDArray out = net.output(SequenceWindows.last(units, prep), false);
        double[] rul = new double[units.size()];
        for (int i = 0; i < rul.length; i++) {
            rul[i] = Math.max(0, out.getDouble(i, 0) * prep.rulCap());
        }
        return rul;
    }

    @Override
    public void save(Path dir) throws IOException {
        RulModels.writePreprocessing(prep, dir);
        net.save(dir.resolve(BINARY).toFile(), false);
    }

    @Override
    public String binaryName() {
        return BINARY;
    }
}
