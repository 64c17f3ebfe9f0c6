package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One DL4J network, or an ensemble of networks whose outputs are averaged, over {@link SequenceWindows}; each saved with
 * DL4J's own zip format, without updater state.
 *
 * <p>Files: a single network is {@value #BINARY} (the format of every artifact before ensembles, still written for one
 * member so old readers keep working); an ensemble of k members is {@code model-1.dl4j.zip} … {@code model-k.dl4j.zip}.
 * The prediction is the mean of the members' outputs (each in units of RUL / cap), summed in member order in double
 * precision, then scaled by the cap and clipped at 0. model-serving's {@code Dl4jRulScorer} repeats exactly this.
 */
final class Dl4jRulModel implements RulModel {

    static final String BINARY = "model.dl4j.zip";
    static final String MEMBER_PREFIX = "model-";
    static final String MEMBER_SUFFIX = ".dl4j.zip";

    private final List<MultiLayerNetwork> nets;
    private final RulPreprocessing prep;

    Dl4jRulModel(List<MultiLayerNetwork> nets, RulPreprocessing prep) {
        if (nets.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one network");
        }
        this.nets = List.copyOf(nets);
        this.prep = prep;
    }

    Dl4jRulModel(MultiLayerNetwork net, RulPreprocessing prep) {
        this(List.of(net), prep);
    }

    /** File of ensemble member {@code index} (1-based). */
    static Path memberFile(Path dir, int index) {
        return dir.resolve(MEMBER_PREFIX + index + MEMBER_SUFFIX);
    }

    /** Whether {@code dir} holds a DL4J RUL model in either layout. */
    static boolean isIn(Path dir) {
        return Files.exists(dir.resolve(BINARY)) || Files.exists(memberFile(dir, 1));
    }

    static Dl4jRulModel load(Path dir, RulPreprocessing prep) throws IOException {
        if (Files.exists(dir.resolve(BINARY))) {
            return new Dl4jRulModel(MultiLayerNetwork.load(dir.resolve(BINARY).toFile(), false), prep);
        }
        List<MultiLayerNetwork> nets = new ArrayList<>();
        for (int i = 1; Files.exists(memberFile(dir, i)); i++) {
            nets.add(MultiLayerNetwork.load(memberFile(dir, i).toFile(), false));
        }
        if (nets.isEmpty()) {
            throw new IOException(dir + " has neither " + BINARY + " nor " + memberFile(dir, 1).getFileName());
        }
        return new Dl4jRulModel(nets, prep);
    }

    MultiLayerNetwork network(int index) {
        return nets.get(index);
    }

    int members() {
        return nets.size();
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
        INDArray input = SequenceWindows.last(units, prep);
        double[] sum = new double[units.size()];
        for (MultiLayerNetwork net : nets) {
            INDArray out = net.output(input, false);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += out.getDouble(i, 0);
            }
        }
        double[] rul = new double[units.size()];
        for (int i = 0; i < rul.length; i++) {
            rul[i] = Math.max(0, sum[i] / nets.size() * prep.rulCap());
        }
        return rul;
    }

    @Override
    public void save(Path dir) throws IOException {
        RulModels.writePreprocessing(prep, dir);
        if (nets.size() == 1) {
            nets.get(0).save(dir.resolve(BINARY).toFile(), false);
            return;
        }
        for (int i = 0; i < nets.size(); i++) {
            nets.get(i).save(memberFile(dir, i + 1).toFile(), false);
        }
    }

    @Override
    public String binaryName() {
        return nets.size() == 1 ? BINARY : MEMBER_PREFIX + "{1.." + nets.size() + "}" + MEMBER_SUFFIX;
    }
}
