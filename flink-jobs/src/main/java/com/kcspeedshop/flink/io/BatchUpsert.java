package com.kcspeedshop.flink.io;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes one batch in one transaction on a connection with auto-commit off: commits on success, rolls back and
 * rethrows on failure. Must be idempotent, because an at-least-once sink replays batches after a restart.
 *
 * @param <T> the rows' type
 */
@FunctionalInterface
public interface BatchUpsert<T> extends Serializable {

    void write(Connection connection, List<T> batch) throws SQLException;

    /** Runs {@code body} and commits, or rolls back and rethrows. */
    static void inTransaction(Connection connection, SqlBody body) throws SQLException {
        try {
            body.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    /** The statements of one transaction. */
    @FunctionalInterface
    interface SqlBody {
        void run() throws SQLException;
    }
}
