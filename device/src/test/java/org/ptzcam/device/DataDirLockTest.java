package org.ptzcam.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.testsupport.ChildJvm;
import org.ptzcam.device.testsupport.TestCameras;

class DataDirLockTest {
    private static final long OWN_PID = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @Test
    void secondOpenInTheSameProcessIsRefused() throws Exception {
        try (DeviceModel first = TestCameras.open(dir)) {
            assertThatThrownBy(() -> TestCameras.open(dir))
                    .isInstanceOf(DeviceStartException.class)
                    .hasMessageContaining("data directory " + first.dataDir() + " is in use by")
                    .hasMessageContaining("(pid " + OWN_PID + ")");
            assertThat(first.settings().network()).isNotNull(); // the first one still works
        }
    }

    @Test
    void secondOpenFromAnotherProcessIsRefusedNamingOurPid() throws Exception {
        try (DeviceModel first = TestCameras.open(dir)) {
            String out = ChildJvm.run("probe", dir.toString());
            assertThat(out.strip()).isEqualTo("FAILED data directory " + first.dataDir()
                    + " is in use by another ptzcam process (pid " + OWN_PID + ")");
        }
    }

    @Test
    void aRefusedAttemptInThisProcessDoesNotDropTheLock() throws Exception {
        // POSIX drops a process's lock when it closes any descriptor of the file
        try (DeviceModel first = TestCameras.open(dir)) {
            assertThatThrownBy(() -> TestCameras.open(dir)).isInstanceOf(DeviceStartException.class);
            assertThatThrownBy(() -> DeviceModel.factoryDefault(dir)).hasMessageContaining("is in use by");
            assertThat(ChildJvm.run("probe", dir.toString())).startsWith("FAILED ").contains("in use by another");
        }
    }

    @Test
    void closeReleasesTheDirectory() throws Exception {
        TestCameras.open(dir).close();
        assertThat(ChildJvm.run("probe", dir.toString()).strip()).isEqualTo("OPENED");
        try (DeviceModel again = TestCameras.open(dir)) {
            assertThat(Files.readString(dir.resolve(".lock")).strip()).isEqualTo(Long.toString(OWN_PID));
        }
    }

    @Test
    void camerasOnDifferentDirectoriesCoexist(@TempDir Path other) throws Exception {
        try (DeviceModel a = TestCameras.open(dir); DeviceModel b = TestCameras.open(other)) {
            assertThat(a.identity().serialNumber()).isNotEqualTo(b.identity().serialNumber());
            assertThat(a.runtime().bootId()).isNotEqualTo(b.runtime().bootId());
        }
    }
}
