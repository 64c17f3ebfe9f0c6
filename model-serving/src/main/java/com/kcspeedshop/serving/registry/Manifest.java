package com.kcspeedshop.serving.registry;

import com.kcspeedshop.training.artifact.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sha256 of every file of a stored artifact, in {@value #FILE} at the artifact's root, in {@code sha256sum}'s
 * format ({@code <hex>  <relative path>}, so {@code sha256sum -c SHA256SUMS} checks a copy by hand). Stores write it
 * last on put, so an artifact without one is incomplete, and verify every file against it on fetch.
 *
 * <p>Paths are relative, '/'-separated and limited to letters, digits, '.', '_', '+' and '-' per segment: the same
 * names are S3 keys and local file names, and a manifest can never point outside the artifact ({@code ..}).
 */
final class Manifest {

    static final String FILE = "SHA256SUMS";
    private static final String SEGMENT = "[A-Za-z0-9_+-][A-Za-z0-9._+-]*";
    private static final Pattern PATH = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S+)");

    private final Map<String, String> sha256ByPath;

    private Manifest(Map<String, String> sha256ByPath) {
        this.sha256ByPath = Collections.unmodifiableMap(new TreeMap<>(sha256ByPath));
    }

    /** Hashes every regular file under {@code folder} (except an old manifest). */
    static Manifest of(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        for (Path file : files(folder)) {
            String rel = relative(folder, file);
            if (!rel.equals(FILE)) {
                entries.put(rel, Provenance.sha256(file));
            }
        }
        if (entries.isEmpty()) {
            throw new IOException("artifact folder " + folder.toAbsolutePath() + " holds no files");
        }
        return new Manifest(entries);
    }

    /** Reads a manifest's text; {@code where} names its origin in errors. */
    static Manifest parse(String text, String where) throws ArtifactIntegrityException {
        Map<String, String> entries = new TreeMap<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || !PATH.matcher(m.group(2)).matches() || m.group(2).equals(FILE)) {
                throw new ArtifactIntegrityException(where + " line " + n + " is not '<sha256 hex>  <safe relative "
                        + "path>': " + line);
            }
            if (entries.put(m.group(2), m.group(1)) != null) {
                throw new ArtifactIntegrityException(where + " lists " + m.group(2) + " twice");
            }
        }
        if (entries.isEmpty()) {
            throw new ArtifactIntegrityException(where + " lists no files");
        }
        return new Manifest(entries);
    }

    /** Relative path → lower-case hex sha256, sorted by path. */
    Map<String, String> entries() {
        return sha256ByPath;
    }

    String render() {
        StringBuilder b = new StringBuilder();
        sha256ByPath.forEach((path, sha) -> b.append(sha).append("  ").append(path).append('\n'));
        return b.toString();
    }

    /**
     * Checks that {@code folder} holds exactly the listed files with the listed hashes.
     *
     * @throws ArtifactIntegrityException naming the first file that is missing, extra or different
     */
    void verify(Path folder) throws IOException {
        for (Map.Entry<String, String> e : sha256ByPath.entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                throw new ArtifactIntegrityException(folder + ": " + e.getKey() + " is listed in " + FILE
                        + " but missing");
            }
            String actual = Provenance.sha256(file);
            if (!actual.equals(e.getValue())) {
                throw new ArtifactIntegrityException(folder + ": sha256 of " + e.getKey() + " is " + actual + ", "
                        + FILE + " says " + e.getValue() + " (corrupted or changed after it was stored)");
            }
        }
        for (Path file : files(folder)) {
            String rel = relative(folder, file);
            if (!rel.equals(FILE) && !sha256ByPath.containsKey(rel)) {
                throw new ArtifactIntegrityException(folder + ": " + rel + " is not listed in " + FILE);
            }
        }
    }

    /** Checks that a file name is one a manifest (and an S3 key) can hold. */
    static String checkedPath(String rel) throws IOException {
        if (!PATH.matcher(rel).matches()) {
            throw new IOException("artifact file name '" + rel + "' is not storable: use letters, digits, '.', '_', "
                    + "'+' and '-'");
        }
        return rel;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path folder, Path file) throws IOException {
        return checkedPath(folder.relativize(file).toString().replace('\\', '/'));
    }
}
