package com.kcspeedshop.serving.registry;

import com.kcspeedshop.training.artifact.Provenance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registry register|list|promote|show}: the model registry from a shell. */
@Command(name = "registry", mixinStandardHelpOptions = true, version = "registry 0.1.0",
        description = {
            "The model registry: artifacts from model-training with their provenance in PostgreSQL, the binaries in a "
                    + "folder or S3 store, and stages CANDIDATE -> CHAMPION -> ARCHIVED.",
            "",
            "Typical flow:",
            "  registry register --name rul-fd001 --artifact models/rul-FD001-tree-... \\",
            "      --eval-set FD001-test --eval-file test_FD001.txt --metric rmse --value 15.2",
            "  registry promote rul-FD001-tree-...     (refused unless it beats the champion on the same set)",
            "  registry list --name rul-fd001",
            "",
            "Connection settings come from options or the environment: KCS_REGISTRY_JDBC_URL, KCS_REGISTRY_USER, "
                    + "KCS_REGISTRY_PASSWORD, KCS_ARTIFACT_STORE (a folder or s3://bucket/prefix; then "
                    + "KCS_S3_ENDPOINT, AWS_REGION, KCS_S3_PATH_STYLE, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), KCS_KAFKA_BOOTSTRAP."},
        subcommands = {RegistryCli.Register.class, RegistryCli.ListModels.class, RegistryCli.Promote.class,
            RegistryCli.Show.class})
public final class RegistryCli implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--jdbc-url", defaultValue = "${env:KCS_REGISTRY_JDBC_URL}",
            description = "PostgreSQL JDBC URL of the registry database, e.g. jdbc:postgresql://localhost:5432/kcs")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "${env:KCS_REGISTRY_USER:-postgres}", description = "database user")
    String user;

    @Option(names = "--jdbc-password", defaultValue = "${env:KCS_REGISTRY_PASSWORD:-}", description = "password")
    String password;

    @Option(names = "--store", defaultValue = "${env:KCS_ARTIFACT_STORE:-models/registry}",
            description = "artifact store: a folder, or s3://bucket[/prefix] for an S3-compatible store (credentials "
                    + "from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY); registered artifacts are copied there "
                    + "(default: ${DEFAULT-VALUE})")
    String store;

    @Option(names = "--s3-endpoint", defaultValue = "${env:KCS_S3_ENDPOINT}",
            description = "S3 API endpoint, http(s)://host[:port], e.g. a MinIO; default: AWS's regional endpoint")
    java.net.URI s3Endpoint;

    @Option(names = "--s3-region", defaultValue = "${env:AWS_REGION:-us-east-1}",
            description = "S3 signing region (default: ${DEFAULT-VALUE})")
    String s3Region;

    @Option(names = "--s3-path-style", defaultValue = "${env:KCS_S3_PATH_STYLE}", arity = "1",
            description = "true: host/bucket/key addressing; default: true exactly when --s3-endpoint is given")
    Boolean s3PathStyle;

    @Option(names = "--cache-dir", defaultValue = "${env:KCS_ARTIFACT_CACHE:-models/cache}",
            description = "where artifacts fetched from S3 are kept (default: ${DEFAULT-VALUE})")
    Path cacheDir;

    @Option(names = "--bootstrap-servers", defaultValue = "${env:KCS_KAFKA_BOOTSTRAP}",
            description = "Kafka brokers; promote publishes a ModelUpdate to models.updates.v1 there")
    String bootstrap;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return new CommandLine(new RegistryCli()).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getColorScheme().errorText("registry: " + e.getMessage()));
                    return e instanceof PromotionRefusedException ? 3 : 1;
                }).execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    ModelRegistry open(boolean needsKafka) throws Exception {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no database: give --jdbc-url or set KCS_REGISTRY_JDBC_URL");
        }
        if (needsKafka && (bootstrap == null || bootstrap.isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "promote publishes to Kafka: give "
                    + "--bootstrap-servers or set KCS_KAFKA_BOOTSTRAP");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        ds.setUser(user);
        ds.setPassword(password);
        RegistrySchema.migrate(ds);
        ArtifactStoreSettings settings;
        try {
            settings = new ArtifactStoreSettings(store, s3Endpoint, s3Region, s3PathStyle, cacheDir.toString());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return new ModelRegistry(ds, settings.open(System.getenv()),
                needsKafka ? new ModelUpdatePublisher(bootstrap) : null, Clock.systemUTC());
    }

    static String line(RegisteredModel m) {
        Evaluation e = m.evaluation();
        return String.format(Locale.ROOT, "%-40s %-20s %-9s %s %.6g on %s", m.id(), m.name(), m.stage(), e.metric(),
                e.value(), e.setId());
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Copy an artifact folder into the store and record it as a CANDIDATE with its provenance "
                    + "and the evaluation it will be promoted on.")
    static final class Register implements Callable<Integer> {
        @CommandLine.ParentCommand
        RegistryCli parent;

        @Option(names = "--name", required = true, description = "model name served and promoted, e.g. rul-fd001")
        String name;

        @Option(names = "--artifact", required = true, description = "artifact folder written by model-training")
        Path artifact;

        @Option(names = "--variant", description = "for an AI4I folder: xgboost or random-forest")
        String variant;

        @Option(names = "--eval-set", required = true, description = "evaluation set id, e.g. FD001-test")
        String evalSet;

        @Option(names = "--eval-file", description = "the evaluation data file; its sha256 is recorded")
        Path evalFile;

        @Option(names = "--eval-sha256", description = "the evaluation data's sha256, when the file is not at hand")
        String evalSha;

        @Option(names = "--metric", required = true, description = "metric name, e.g. rmse or f1")
        String metric;

        @Option(names = "--value", required = true, description = "the model's value of that metric on the set")
        double value;

        @Option(names = "--higher-is-better", description = "the metric rewards larger values (F1, recall); "
                + "default: lower is better (RMSE, PHM08 score)")
        boolean higherIsBetter;

        @Override
        public Integer call() throws Exception {
            if ((evalFile == null) == (evalSha == null)) {
                throw new CommandLine.ParameterException(parent.spec.commandLine(),
                        "give exactly one of --eval-file and --eval-sha256");
            }
            String sha = evalFile != null ? Provenance.sha256(evalFile) : evalSha;
            RegisteredModel m = parent.open(false).register(name, artifact, variant,
                    new Evaluation(evalSet, sha, metric, value, !higherIsBetter));
            parent.spec.commandLine().getOut().println("registered " + line(m) + "\n  artifact " + m.artifactUri());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Registered models, newest first.")
    static final class ListModels implements Callable<Integer> {
        @CommandLine.ParentCommand
        RegistryCli parent;

        @Option(names = "--name", description = "only this model name")
        String name;

        @Override
        public Integer call() throws Exception {
            List<RegisteredModel> models = parent.open(false).list(name);
            PrintWriter out = parent.spec.commandLine().getOut();
            if (models.isEmpty()) {
                out.println("no models registered" + (name == null ? "" : " under " + name));
            }
            models.forEach(m -> out.println(line(m)));
            return 0;
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = {"Make a candidate the champion of its name, archive the old champion and publish a "
                    + "ModelUpdate to models.updates.v1 (serving hot-reloads it).",
                "Refused (exit code 3) unless the candidate beats the champion on the same evaluation set, data "
                        + "sha256 and metric; the message shows both figures."})
    static final class Promote implements Callable<Integer> {
        @CommandLine.ParentCommand
        RegistryCli parent;

        @Parameters(paramLabel = "ID", description = "registered model id")
        String id;

        @Override
        public Integer call() throws Exception {
            ModelRegistry registry = parent.open(true);
            RegisteredModel m = registry.promote(id);
            parent.spec.commandLine().getOut().println("champion " + line(m));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One model with its full provenance.")
    static final class Show implements Callable<Integer> {
        @CommandLine.ParentCommand
        RegistryCli parent;

        @Parameters(paramLabel = "ID", description = "registered model id")
        String id;

        @Override
        public Integer call() throws Exception {
            RegisteredModel m = parent.open(false).show(id).orElseThrow(
                    () -> new IllegalArgumentException("no registered model with id " + id));
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println(line(m));
            out.println("  artifact   " + m.artifactUri());
            out.println("  created    " + m.createdAt() + (m.promotedAt() == null ? "" : "  promoted " + m.promotedAt())
                    + (m.archivedAt() == null ? "" : "  archived " + m.archivedAt()));
            out.println("  eval data  sha256 " + m.evaluation().dataSha256());
            out.println("  provenance " + m.provenanceJson());
            return 0;
        }
    }
}
