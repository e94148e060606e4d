package org.ptzcam.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.testsupport.TestCameras;

/** Bad data directories: one clear line, and nothing of the user's overwritten or deleted. */
class StartupErrorsTest {
    @TempDir
    Path dir;

    @Test
    void databaseFromANewerSchemaIsRefusedUntouched() throws Exception {
        TestCameras.open(dir).close();
        Path db = dir.resolve("ptzcam.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE meta SET value = '7' WHERE key = 'schema_version'");
            c.createStatement().executeUpdate("UPDATE meta SET value = '9.0.0' WHERE key = 'schema_written_by_version'");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> DeviceModel.open(dir, new BuildInfo("0.2.0", "x"), Clock.systemUTC()))
                .isInstanceOf(DeviceStartException.class)
                .hasMessage("data directory " + dir.toRealPath() + " was written by ptzcam 9.0.0 (schema 7), newer than"
                        + " this ptzcam 0.2.0 (schema 2); upgrade ptzcam or use another --data-dir");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(dir.resolve("ptzcam.db-journal")).doesNotExist();
    }

    @Test
    void garbageDatabaseIsRefusedUntouched() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(1).nextBytes(garbage);
        assertRefusedAsDamaged(garbage);
    }

    @Test
    void textFileAsDatabaseIsRefusedUntouched() throws Exception {
        assertRefusedAsDamaged("this is not a database\n".getBytes());
    }

    @Test
    void databaseWithADamagedPageIsRefusedUntouched() throws Exception {
        TestCameras.open(dir).close();
        assertRefusedAsDamaged(damageSecondPage(Files.readAllBytes(dir.resolve("ptzcam.db"))));
    }

    @Test
    void someoneElsesSqliteDatabaseIsRefusedUntouched() throws Exception {
        Path db = dir.resolve("ptzcam.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("CREATE TABLE photos (id INTEGER)");
        }
        assertRefusedAsDamaged(Files.readAllBytes(db));
    }

    @Test
    void uncreatableDataDirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> TestCameras.open(file.resolve("sub")))
                .isInstanceOf(DeviceStartException.class)
                .hasMessageStartingWith("cannot create data directory " + file.resolve("sub"))
                .hasMessageEndingWith("choose a writable --data-dir");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void dataDirectoryThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> TestCameras.open(file))
                .hasMessage("data directory " + file + " is not a directory; use another --data-dir");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void messagesAreOneLine() throws Exception {
        Files.write(dir.resolve("ptzcam.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        assertThatThrownBy(() -> TestCameras.open(dir)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private void assertRefusedAsDamaged(byte[] content) throws Exception {
        Path db = dir.resolve("ptzcam.db");
        Files.write(db, content);
        assertThatThrownBy(() -> TestCameras.open(dir))
                .isInstanceOf(DeviceStartException.class)
                .hasMessageStartingWith("database file " + dir.toRealPath().resolve("ptzcam.db")
                        + " is damaged or not a ptzcam database")
                .hasMessageContaining("factory-default --data-dir " + dir.toRealPath());
        assertThat(Files.readAllBytes(db)).isEqualTo(content);
        // and the directory is free again for factory-default
        DeviceModel.factoryDefault(dir);
        assertThat(db).doesNotExist();
    }

    private static byte[] damageSecondPage(byte[] whole) {
        byte[] copy = whole.clone();
        int pageSize = ((copy[16] & 0xff) << 8) | (copy[17] & 0xff);
        for (int i = pageSize; i < Math.min(copy.length, pageSize + 64); i++) {
            copy[i] = (byte) 0xA5;
        }
        return copy;
    }
}
