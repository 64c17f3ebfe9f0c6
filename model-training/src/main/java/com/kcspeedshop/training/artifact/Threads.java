package com.kcspeedshop.training.artifact;

/**
 * Native threads for XGBoost and ND4J. Both use OpenMP, whose idle threads spin; on a machine whose cores are shared
 * (this project's 2 cores serve several builds at once) two spinning threads per job made an epoch 4× slower than one.
 * So the native libraries follow {@code OMP_NUM_THREADS} (ND4J reads it itself) and XGBoost is told the same number.
 */
public final class Threads {

    private Threads() {
    }

    /** {@code OMP_NUM_THREADS} when set to a positive integer, else the JVM's processor count. */
    public static int nativeThreads() {
        String env = System.getenv("OMP_NUM_THREADS");
        if (env != null) {
            try {
                int n = Integer.parseInt(env.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // fall through to the processor count, as OpenMP itself ignores a malformed value
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
