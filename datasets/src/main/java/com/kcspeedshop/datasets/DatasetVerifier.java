package com.kcspeedshop.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Checks a local datasets folder against the catalog: which files are there, missing, or differ. */
public final class DatasetVerifier {

    /** The outcome for one file. */
    public enum Status { OK, MISSING, CHANGED }

    /** One file's outcome. */
    public record Result(String path, Status status, String expected, String actual) {
    }

    private final DatasetCatalog catalog;

    public DatasetVerifier(DatasetCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Result> verify(Path root) {
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, String> file : catalog.files().entrySet()) {
            Path path = root.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                results.add(new Result(file.getKey(), Status.MISSING, file.getValue(), null));
                continue;
            }
            String actual = sha256(path);
            Status status = actual.equals(file.getValue()) ? Status.OK : Status.CHANGED;
            results.add(new Result(file.getKey(), status, file.getValue(), actual));
        }
        return results;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
