package com.kcspeedshop.training.failure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Assigns each row to one of k folds so every fold holds the same share of positives (±1 row). With 339 failures in
 * 10 000 rows a plain random split can leave a fold with visibly fewer failures, and with 19 random failures (RNF) it
 * can leave one with none.
 */
final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** Fold number (0..k-1) per row, shuffled with {@code seed} within each class. */
    static int[] assign(boolean[] y, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + k);
        }
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            (y[i] ? positives : negatives).add(i);
        }
        Random random = new Random(seed);
        Collections.shuffle(positives, random);
        Collections.shuffle(negatives, random);
        int[] fold = new int[y.length];
        int next = 0;
        // deal positives then negatives round-robin, continuing the rotation so fold sizes stay within one row
        for (int i : positives) {
            fold[i] = next++ % k;
        }
        for (int i : negatives) {
            fold[i] = next++ % k;
        }
        return fold;
    }
}
