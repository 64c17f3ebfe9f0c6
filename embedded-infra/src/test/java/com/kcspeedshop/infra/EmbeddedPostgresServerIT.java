package com.kcspeedshop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path dataDir;

    @Test
    void runsPostgres18AndKeepsRowsAcrossARestart() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0)) {
            String url = pg.createDatabase("restart_test");
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int PRIMARY KEY)");
                s.execute("INSERT INTO t VALUES (1), (2)");
                assertThat(scalar(s, "SHOW server_version")).startsWith("18.");
                assertThat(scalar(s, "SHOW fsync")).isEqualTo("on");
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0)) {
            assertThat(pg.createDatabase("restart_test")).isEqualTo(pg.jdbcUrl("restart_test"));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("restart_test"), EmbeddedPostgresServer.USER, "");
                 Statement s = c.createStatement()) {
                assertThat(scalar(s, "SELECT count(*) FROM t")).isEqualTo("2");
            }
        }
    }

    @Test
    void rejectsDatabaseNamesThatWouldNeedQuoting() {
        EmbeddedPostgresServer shared = SharedInfrastructure.postgres();
        assertThatThrownBy(() -> shared.createDatabase("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(shared.createDatabase("shared_ok")).endsWith("/shared_ok");
    }

    private static String scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
