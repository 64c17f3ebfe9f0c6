package com.kcspeedshop.serving.bench;

import com.kcspeedshop.serving.scorer.ModelMetadata;
import java.util.SplittableRandom;

/**
 * Plausible rows for a model: z-scored sensors near 0, a cycle count in the engine's life, AI4I values in the dataset's
 * ranges. Deterministic by index, so every run scores the same rows.
 */
final class BenchRows {

    private BenchRows() {
    }

    static double[] row(ModelMetadata meta, int index) {
        SplittableRandom random = new SplittableRandom(index * 7919L + 17);
        double[] row = new double[meta.featureCount()];
        for (int j = 0; j < row.length; j++) {
            String name = meta.featureNames().get(j);
            row[j] = switch (name) {
                case "cycle" -> 1 + random.nextInt(300);
                case "type_L" -> 1;
                case "type_M", "type_H" -> 0;
                case "air_temp_K" -> 298 + random.nextDouble() * 4;
                case "process_temp_K" -> 308 + random.nextDouble() * 4;
                case "speed_rpm" -> 1200 + random.nextDouble() * 1600;
                case "torque_Nm" -> 10 + random.nextDouble() * 60;
                case "tool_wear_min" -> random.nextDouble() * 250;
                case "temp_diff_K" -> 10;
                case "power_W" -> 2000 + random.nextDouble() * 8000;
                case "wear_x_torque" -> random.nextDouble() * 12000;
                default -> name.endsWith(".cycle") ? random.nextInt(300) / 200.0 : random.nextGaussian();
            };
        }
        return row;
    }
}
