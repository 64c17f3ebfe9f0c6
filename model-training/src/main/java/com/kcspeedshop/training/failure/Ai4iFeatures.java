package com.kcspeedshop.training.failure;

import com.kcspeedshop.datasets.ai4i.Ai4iRecord;
import com.kcspeedshop.datasets.ai4i.ProductType;
import java.util.List;

/**
 * Features of one AI4I row: the five recorded process values, the product type one-hot, and three physical quantities
 * the dataset description names as failure causes (datasets README, "generating rules"): the process-air temperature
 * difference (heat dissipation), mechanical power torque·ω in W (power failure) and tool wear × torque (overstrain).
 * Trees could find these products only approximately from the raw values; given directly they split on one threshold.
 */
public final class Ai4iFeatures {

    public static final List<String> NAMES = List.of("type_L", "type_M", "type_H", "air_temp_K", "process_temp_K",
            "speed_rpm", "torque_Nm", "tool_wear_min", "temp_diff_K", "power_W", "wear_x_torque");

    private Ai4iFeatures() {
    }

    public static double[] of(Ai4iRecord r) {
        double omega = r.rotationalSpeedRpm() * 2 * Math.PI / 60; // rpm → rad/s
        return new double[] {
            r.type() == ProductType.L ? 1 : 0,
            r.type() == ProductType.M ? 1 : 0,
            r.type() == ProductType.H ? 1 : 0,
            r.airTemperatureK(),
            r.processTemperatureK(),
            r.rotationalSpeedRpm(),
            r.torqueNm(),
            r.toolWearMin(),
            r.processTemperatureK() - r.airTemperatureK(),
            r.torqueNm() * omega,
            r.toolWearMin() * r.torqueNm()
        };
    }
}
