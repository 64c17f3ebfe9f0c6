package com.kcspeedshop.serving.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.serving.scorer.GoldenArtifacts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry CLI end to end against the embedded PostgreSQL and Kafka. */
class RegistryCliIT {

    @TempDir
    Path store;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RegistryCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void shouldRegisterListPromoteAndShowAndRefuseAWorseChallengerWithExitCode3() {
        String url = SharedInfrastructure.postgres().createDatabase("registry_cli");
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        String[] common = {"--jdbc-url", url, "--store", store.toString(), "--bootstrap-servers", kafka};
        String sha = "c".repeat(64);

        Run reg = run(concat(common, "register", "--name", "rul-cli", "--artifact", GoldenArtifacts.TREE.toString(),
                "--eval-set", "FD001-test", "--eval-sha256", sha, "--metric", "rmse", "--value", "15.5"));
        assertThat(reg.code()).as(reg.err()).isZero();
        assertThat(reg.out()).contains("registered rul-tree-v1").contains("CANDIDATE");

        assertThat(run(concat(common, "promote", "rul-tree-v1")).out()).contains("champion rul-tree-v1");
        run(concat(common, "register", "--name", "rul-cli", "--artifact", GoldenArtifacts.DL4J.toString(),
                "--eval-set", "FD001-test", "--eval-sha256", sha, "--metric", "rmse", "--value", "17"));

        Run refused = run(concat(common, "promote", "rul-dl4j-v1"));
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("does not beat champion rul-tree-v1").contains("17.0000 vs 15.5000");

        Run list = run(concat(common, "list", "--name", "rul-cli"));
        assertThat(list.out()).containsPattern("rul-tree-v1\\s+rul-cli\\s+CHAMPION")
                .containsPattern("rul-dl4j-v1\\s+rul-cli\\s+CANDIDATE");
        assertThat(run(concat(common, "show", "rul-tree-v1")).out()).contains("sha256 " + sha).contains("provenance");
    }

    @Test
    void shouldTeachWithHelpAndFailClearlyWithoutADatabase() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("register").contains("promote").contains("KCS_REGISTRY_JDBC_URL")
                .contains("stages CANDIDATE");
        Run promoteHelp = run("promote", "--help");
        assertThat(promoteHelp.out()).contains("evaluation set, data sha256 and metric");

        Run noDb = run("--jdbc-url", "", "list");
        assertThat(noDb.code()).isNotZero();
        assertThat(noDb.err()).contains("--jdbc-url");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
