package com.kcspeedshop.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The datasets we know, and the sha256 of each file of theirs that we have verified. */
public final class DatasetCatalog {

    private static final List<Dataset> DATASETS = List.of(
            new Dataset("cmapss", "NASA C-MAPSS turbofan engine degradation simulation (PHM08)",
                    "NASA Ames Prognostics Center of Excellence data repository, "
                            + "https://www.nasa.gov/intelligent-systems-division/discovery-and-systems-health/pcoe/pcoe-data-set-repository/",
                    "U.S. Government work (public data)"),
            new Dataset("ai4i2020", "AI4I 2020 Predictive Maintenance Dataset (S. Matzka)",
                    "UCI Machine Learning Repository, https://doi.org/10.24432/C5HS5C", "CC BY 4.0"),
            new Dataset("obd-real/kit-seat-leon", "Automotive OBD-II Dataset, Seat Leon (M. Weber, KIT)",
                    "RADAR4KIT, https://doi.org/10.35097/1130", "CC BY 4.0"),
            new Dataset("obd-real/carobd-toyota-etios", "carOBD, Toyota Etios 2014 (eron93br)",
                    "https://github.com/eron93br/carOBD", "free to use, cite the author's article"),
            new Dataset("dtc", "Generic OBD-II trouble code descriptions (Wal33D/dtc-database)",
                    "https://github.com/Wal33D/dtc-database", "MIT"));

    private final Map<String, String> sha256ByPath;

    private DatasetCatalog(Map<String, String> sha256ByPath) {
        this.sha256ByPath = sha256ByPath;
    }

    /** The catalog shipped with this module. */
    public static DatasetCatalog load() {
        try (InputStream in = DatasetCatalog.class.getResourceAsStream("datasets.sha256")) {
            if (in == null) {
                throw new IllegalStateException("datasets.sha256 is missing from the datasets module");
            }
            return new DatasetCatalog(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines as {@code sha256sum} writes them: 64 hex digits, two spaces, a path relative to the datasets root. */
    static Map<String, String> parse(BufferedReader reader) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  \\S.*")) {
                throw new IllegalStateException("datasets.sha256 line " + number + " is not '<sha256>  <path>': " + line);
            }
            sums.put(line.substring(66), line.substring(0, 64));
        }
        return sums;
    }

    public List<Dataset> datasets() {
        return DATASETS;
    }

    /** Path relative to the datasets root → expected sha256, in catalog order. */
    public Map<String, String> files() {
        return sha256ByPath;
    }
}
