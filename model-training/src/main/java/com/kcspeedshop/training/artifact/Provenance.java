package com.kcspeedshop.training.artifact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The {@code provenance.json} of an artifact: which data files (with sha256), features, hyperparameters, seed, library
 * versions, git commit and metrics produced the model, so every figure can be traced (house style rule 15). Kept as an
 * ordered map so the JSON reads top-down in the order a reviewer asks.
 */
public final class Provenance {

    public static final String FILE = "provenance.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Provenance put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    /** Each file's path, size and sha256. */
    public static List<Map<String, Object>> dataFiles(List<Path> files) throws IOException {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Path f : files) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.toAbsolutePath().normalize().toString());
            m.put("bytes", Files.size(f));
            m.put("sha256", sha256(f));
            out.add(m);
        }
        return out;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Versions of the libraries that shaped the model, read from the jars' Maven metadata. */
    public static Map<String, String> libraryVersions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("java", System.getProperty("java.version"));
        v.put("tribuo", mavenVersion("org.tribuo", "tribuo-core"));
        v.put("xgboost4j", mavenVersion("ml.dmlc", "xgboost4j_2.12"));
        v.put("deeplearning4j", mavenVersion("org.deeplearning4j", "deeplearning4j-nn"));
        v.put("nd4j", mavenVersion("org.nd4j", "nd4j-native"));
        // Smile is built with sbt, which writes no pom.properties, only the manifest
        String smile = smile.classification.RandomForest.class.getPackage().getImplementationVersion();
        v.put("smile", smile != null ? smile : "unknown");
        return v;
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * HEAD of the git work tree the JVM runs in, with {@code -dirty} appended when tracked files differ from it (the
     * code that trained was then not exactly that commit), or null outside a work tree (a released jar).
     */
    public static String gitCommit() {
        String head = git("rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) {
            return null;
        }
        String changes = git("status", "--porcelain", "--untracked-files=no");
        return changes == null || changes.isEmpty() ? head : head + "-dirty";
    }

    private static String git(String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(FILE).toFile(), fields);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), Map.class);
    }
}
