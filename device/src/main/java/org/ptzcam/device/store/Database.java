package org.ptzcam.device.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The camera's SQLite database: one connection, used by one thread at a time. Rollback journal
 * with {@code synchronous=FULL}, so a committed transaction survives a crash or power loss and an
 * interrupted one leaves no trace.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Connection connection;
    private final Path file;

    private Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating or upgrading) the database; refuses damaged, foreign or newer files untouched. */
    public static Database open(DataDirLayout layout, BuildInfo build) throws DeviceStartException {
        Path file = layout.database();
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DeviceStartException("database file " + file
                    + " is not writable; fix its permissions or use another --data-dir");
        }
        Connection connection = connect(layout);
        try {
            int version = SchemaInspector.inspect(connection, layout, build);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = DELETE"); // after the check: it may write
            }
            Database database = new Database(connection, file);
            if (version < Schema.CURRENT_VERSION) {
                database.transaction(c -> {
                    Schema.migrate(c, version, build.version());
                    return null;
                });
                LOG.info("database {} at schema {} (was {})", file, Schema.CURRENT_VERSION, version);
            }
            return database;
        } catch (DeviceStartException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | StoreException e) {
            closeQuietly(connection);
            throw new DeviceStartException("cannot initialise database file " + file + " (" + e.getMessage()
                    + "); check free disk space and permissions, or use another --data-dir", e);
        }
    }

    /** Runs read-only work. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T transaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static Connection connect(DataDirLayout layout) throws DeviceStartException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + layout.database());
        } catch (SQLException e) {
            throw SchemaInspector.unreadable(layout, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing database: {}", e.getMessage());
        }
    }
}
