package com.kcspeedshop.collector.elm327.session;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides genuine, clone or STN from the banner and the probe answers. */
final class ChipJudge {

    /**
     * Versions ELM Electronics released with the full probe set (v1.0-v1.3 lack some probed commands, and
     * {@code v1.5} was never released: it is the banner of the best-known clone firmware).
     */
    private static final Pattern GENUINE_VERSION = Pattern.compile("ELM327 v(1\\.4b?|2\\.[0-3])\\b.*");

    /** The verdict and its reason. */
    record Verdict(Chip chip, String reason) {
    }

    private ChipJudge() {
    }

    static Verdict judge(String claimed, String stnVersion, Set<Feature> unsupported, boolean echoStuck) {
        if (stnVersion != null) {
            return new Verdict(Chip.STN, "answered STI with " + stnVersion);
        }
        String banner = claimed == null ? "" : claimed;
        Set<Feature> missing = EnumSet.noneOf(Feature.class);
        missing.addAll(unsupported);
        missing.remove(Feature.STN_COMMANDS);
        if (banner.contains("v1.5")) {
            return new Verdict(Chip.ELM327_CLONE, "claims " + banner + ", a version ELM Electronics never released");
        }
        if (!GENUINE_VERSION.matcher(banner).matches()) {
            return new Verdict(Chip.ELM327_CLONE, "banner '" + banner + "' is not a released ELM327 version");
        }
        if (!missing.isEmpty()) {
            return new Verdict(Chip.ELM327_CLONE, "claims " + banner + " but failed " + probes(missing));
        }
        if (echoStuck) {
            return new Verdict(Chip.ELM327_CLONE, "claims " + banner + " but ignores ATE0");
        }
        return new Verdict(Chip.ELM327_GENUINE, "claims " + banner + " and passed every probe");
    }

    private static String probes(Set<Feature> missing) {
        return missing.stream()
                .map(f -> f.probe() == null ? f.name() : f.probe())
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
