package com.kcspeedshop.serving.scorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An XGBoost tree ensemble evaluated in plain Java, from the booster's JSON dump. Why: Tribuo's XGBoost prediction
 * builds a native DMatrix per call, which costs about 80 µs per row on this machine; walking the trees in Java costs a
 * few microseconds and needs no lock. Evaluation follows XGBoost's CPU predictor: features cast to float, go left
 * ({@code yes}) when {@code value < split_condition}, leaf values summed in float in tree order on top of the base
 * margin. {@link #verifiedAgainst} is the guard: the caller uses this only when it reproduces Tribuo's own answers.
 */
final class XgbTrees {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One tree in flat arrays indexed by XGBoost node id; {@code feature < 0} marks a leaf. */
    private record Tree(int[] feature, float[] threshold, int[] yes, int[] no, int[] missing, float[] leaf) {
    }

    private final Tree[] trees;
    private final int[] columnOfFeature;
    private final boolean zeroIsMissing;
    private final float base;

    private XgbTrees(Tree[] trees, int[] columnOfFeature, boolean zeroIsMissing, float base) {
        this.trees = trees;
        this.columnOfFeature = columnOfFeature;
        this.zeroIsMissing = zeroIsMissing;
        this.base = base;
    }

    /**
     * Parses the dump; {@code featureIds} maps each row column's name to the XGBoost feature index ({@code f<id>}).
     */
    static XgbTrees parse(String[] jsonDump, List<String> columns, Map<String, Integer> featureIds)
            throws IOException {
        int maxId = featureIds.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int[] columnOf = new int[maxId + 1];
        java.util.Arrays.fill(columnOf, -1);
        for (int c = 0; c < columns.size(); c++) {
            Integer id = featureIds.get(columns.get(c));
            if (id != null) {
                columnOf[id] = c;
            }
        }
        Tree[] trees = new Tree[jsonDump.length];
        for (int t = 0; t < jsonDump.length; t++) {
            List<JsonNode> nodes = new ArrayList<>();
            collect(JSON.readTree(jsonDump[t]), nodes);
            int size = nodes.stream().mapToInt(n -> n.get("nodeid").asInt()).max().orElse(0) + 1;
            Tree tree = new Tree(new int[size], new float[size], new int[size], new int[size], new int[size],
                    new float[size]);
            for (JsonNode n : nodes) {
                int id = n.get("nodeid").asInt();
                if (n.has("leaf")) {
                    tree.feature()[id] = -1;
                    tree.leaf()[id] = (float) n.get("leaf").asDouble();
                } else {
                    int f = Integer.parseInt(n.get("split").asText().substring(1));
                    if (f >= columnOf.length || columnOf[f] < 0) {
                        throw new IOException("tree " + t + " splits on feature f" + f + ", which no column maps to");
                    }
                    tree.feature()[id] = f;
                    tree.threshold()[id] = (float) n.get("split_condition").asDouble();
                    tree.yes()[id] = n.get("yes").asInt();
                    tree.no()[id] = n.get("no").asInt();
                    tree.missing()[id] = n.get("missing").asInt();
                }
            }
            trees[t] = tree;
        }
        return new XgbTrees(trees, columnOf, false, 0f);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        out.add(node);
        if (node.has("children")) {
            node.get("children").forEach(child -> collect(child, out));
        }
    }

    /** Sum of leaf values (without the base margin). */
    float leafSum(double[] row) {
        float sum = base;
        for (Tree tree : trees) {
            int node = 0;
            while (tree.feature()[node] >= 0) {
                double v = row[columnOfFeature[tree.feature()[node]]];
                if (zeroIsMissing && v == 0) {
                    node = tree.missing()[node];
                } else {
                    node = (float) v < tree.threshold()[node] ? tree.yes()[node] : tree.no()[node];
                }
            }
            sum += tree.leaf()[node];
        }
        return sum;
    }

    /**
     * The variant (zero as a value or as missing, with the base margin Tribuo's answers imply) that reproduces
     * {@code expected} exactly for every probe row, or null when none does.
     */
    XgbTrees verifiedAgainst(double[][] probes, double[] expected) {
        for (boolean zeroMissing : new boolean[] {false, true}) {
            XgbTrees candidate = new XgbTrees(trees, columnOfFeature, zeroMissing, 0f);
            // XGBoost starts each row's margin at base_score; recover it from the first probe, then check them all
            float guess = (float) (expected[0] - candidate.leafSum(probes[0]));
            for (float b : new float[] {guess, 0.5f, 0f}) {
                XgbTrees withBase = new XgbTrees(trees, columnOfFeature, zeroMissing, b);
                boolean all = true;
                for (int i = 0; i < probes.length && all; i++) {
                    all = (double) withBase.leafSum(probes[i]) == expected[i];
                }
                if (all) {
                    return withBase;
                }
            }
        }
        return null;
    }
}
