package com.kcspeedshop.flink.health;

import com.kcspeedshop.training.artifact.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A model trained in the test, in an artifact layout model-serving's {@code Scorers} reads today: a Tribuo XGBoost
 * classifier in the AI4I folder layout ({@code provenance.json} with task {@code ai4i-failure}, the model file under
 * {@code models.xgboost}), but over one column of the health engine's feature vector. No anomaly-specific scorer type
 * exists in model-serving yet; this exercises the whole path (registry, store, sha256, loader, adapter, live swap)
 * with one that does. Known answer: the 10 s mean engine speed above {@code rpmLimit} is "anomalous" (P close to 1).
 */
final class TinyAnomalyModel {

    static final String FEATURE = "ENGINE_RPM.mean.10s";
    static final String FILE = "vehicle-anomaly.tribuo";
    static final String FAIL = "fail"; // the label whose probability model-serving's classifier scorer returns

    private TinyAnomalyModel() {
    }

    /** Trains and writes the artifact folder {@code dir}, with provenance id {@code id} and threshold 0.5. */
    static Path write(Path dir, String id, double rpmLimit, long seed) throws Exception {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("synthetic engine speeds", OffsetDateTime.now(), factory), factory);
        Random random = new Random(seed);
        String[] names = {FEATURE};
        for (int i = 0; i < 400; i++) {
            double rpm = random.nextDouble() * 3000;
            data.add(new ArrayExample<>(new Label(rpm > rpmLimit ? FAIL : "ok"), names, new double[] {rpm}));
        }
        Model<Label> model = new XGBoostClassificationTrainer(10).train(data);
        Files.createDirectories(dir);
        model.serializeToFile(dir.resolve(FILE));
        new Provenance().put("id", id).put("task", "ai4i-failure").put("features", List.of(FEATURE))
                .put("models", Map.of("xgboost", Map.of("file", FILE))).put("threshold", 0.5).put("seed", seed)
                .put("data", "synthetic: label = engine speed above " + rpmLimit + " rpm").write(dir);
        return dir;
    }
}
