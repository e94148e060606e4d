package org.ptzcam.device.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.testsupport.TestCameras;

/** Accounts: no default account, the first administrator once, the last one kept; preview mode. */
class AccountsTest {

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

    @Test
    void firstAdminWorksOnceAndNeverAgain() throws Exception {
        try (DeviceModel device = DeviceModel.open(dir, TestCameras.BUILD, clock, Duration.ofHours(2))) {
            Accounts accounts = device.credentials().accounts();
            assertThat(accounts.needsSetup()).isTrue();
            assertThat(accounts.list()).isEmpty();
            assertThatThrownBy(() -> accounts.createFirstAdmin("root", "pw", AccessLevel.OPERATOR, true, ""))
                    .hasFieldOrPropertyWithValue("reason", AccountException.Reason.NOT_VALID_INITIAL_ADMIN);
            assertThatThrownBy(() -> accounts.createFirstAdmin("root", "pw", AccessLevel.ADMIN, false, ""))
                    .hasFieldOrPropertyWithValue("reason", AccountException.Reason.NOT_VALID_INITIAL_ADMIN);
            assertThatThrownBy(() -> accounts.add("joe", "pw", AccessLevel.VIEWER, false, ""))
                    .hasFieldOrPropertyWithValue("reason", AccountException.Reason.NOT_VALID_INITIAL_ADMIN);
            accounts.createFirstAdmin("root", "secret", AccessLevel.ADMIN, true, "");
            assertThat(accounts.needsSetup()).isFalse();
            assertThatThrownBy(() -> accounts.createFirstAdmin("eve", "x", AccessLevel.ADMIN, true, ""))
                    .hasFieldOrPropertyWithValue("reason", AccountException.Reason.SETUP_DONE);
        }
        try (DeviceModel again = DeviceModel.open(dir, TestCameras.BUILD, clock, Duration.ofHours(2))) {
            assertThat(again.credentials().accounts().needsSetup()).isFalse();
            assertThat(again.credentials().preview().active()).isFalse();
            assertThatThrownBy(() -> again.credentials().accounts().createFirstAdmin("eve", "x", AccessLevel.ADMIN,
                    true, "")).hasFieldOrPropertyWithValue("reason", AccountException.Reason.SETUP_DONE);
        }
    }

    @Test
    void lastAdministratorCannotBeRemovedOrDemoted() throws Exception {
        try (DeviceModel device = DeviceModel.open(dir, TestCameras.BUILD, clock, Duration.ofHours(2))) {
            Accounts accounts = device.credentials().accounts();
            accounts.createFirstAdmin("root", "secret", AccessLevel.ADMIN, true, "");
            accounts.add("joe", "pw", AccessLevel.OPERATOR, true, "night shift");
            assertThatThrownBy(() -> accounts.remove("root"))
                    .hasFieldOrPropertyWithValue("reason", AccountException.Reason.LAST_ADMIN);
            assertThatThrownBy(() -> accounts.update("root", Optional.empty(), Optional.of(AccessLevel.VIEWER),
                    Optional.empty(), Optional.empty()))
                    .hasFieldOrPropertyWithValue("reason", AccountException.Reason.LAST_ADMIN);
            accounts.update("joe", Optional.of("new"), Optional.of(AccessLevel.ADMIN), Optional.empty(), Optional.empty());
            accounts.remove("root");
            assertThat(accounts.list()).containsExactly(new Account("joe", AccessLevel.ADMIN, true, "night shift"));
            assertThat(accounts.verifyPassword("joe", "pw")).isEmpty();
            assertThat(accounts.verifyPassword("joe", "new")).isPresent();
        }
    }

    @Test
    void namesAndPasswordsAreChecked() throws Exception {
        try (DeviceModel device = DeviceModel.open(dir, TestCameras.BUILD, clock, Duration.ofHours(2))) {
            Accounts accounts = device.credentials().accounts();
            for (String bad : new String[] {"", "ro:ot", "J\u00e4ger", "abcdefghijklmno", "a b"}) {
                assertThatThrownBy(() -> accounts.createFirstAdmin(bad, "pw", AccessLevel.ADMIN, true, "")).as(bad)
                        .hasFieldOrPropertyWithValue("reason", AccountException.Reason.INVALID_NAME);
            }
            for (String bad : new String[] {"", "tab\there", "x".repeat(65)}) {
                assertThatThrownBy(() -> accounts.createFirstAdmin("root", bad, AccessLevel.ADMIN, true, ""))
                        .hasFieldOrPropertyWithValue("reason", AccountException.Reason.INVALID_PASSWORD);
            }
            accounts.createFirstAdmin("root", "p\u00e4ss \u263a", AccessLevel.ADMIN, true, "");
            assertThatThrownBy(() -> accounts.add("ROOT", "pw", AccessLevel.VIEWER, false, ""))
                    .hasFieldOrPropertyWithValue("reason", AccountException.Reason.EXISTS);
            assertThat(accounts.verifyPassword("root", "p\u00e4ss \u263a")).isPresent();
        }
    }

    @Test
    void previewModeLastsTwoHoursFromStartOnAFactoryDefaultedCamera() throws Exception {
        try (DeviceModel device = DeviceModel.open(dir, TestCameras.BUILD, clock, PreviewMode.DEFAULT_DURATION)) {
            PreviewMode preview = device.credentials().preview();
            assertThat(preview.active()).isTrue();
            assertThat(preview.secondsLeft()).isEqualTo(7200);
            clock.advance(Duration.ofMinutes(119));
            assertThat(preview.secondsLeft()).isEqualTo(60);
            clock.advance(Duration.ofMinutes(1));
            assertThat(preview.active()).isFalse();
            assertThat(preview.secondsLeft()).isZero();
        }
    }

    @Test
    void previewModeEndsWithTheFirstAdministratorAndCanBeSwitchedOff() throws Exception {
        try (DeviceModel device = DeviceModel.open(dir, TestCameras.BUILD, clock, Duration.ofMinutes(30))) {
            assertThat(device.credentials().preview().secondsLeft()).isEqualTo(1800);
            device.credentials().accounts().createFirstAdmin("root", "pw", AccessLevel.ADMIN, true, "");
            assertThat(device.credentials().preview().active()).isFalse();
        }
        try (DeviceModel device = DeviceModel.open(dir.resolve("other"), TestCameras.BUILD, clock, Duration.ZERO)) {
            assertThat(device.credentials().preview().active()).isFalse();
        }
    }
}
