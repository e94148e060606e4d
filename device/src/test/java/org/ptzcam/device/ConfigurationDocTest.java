package org.ptzcam.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.device.identity.Identities;
import org.ptzcam.device.identity.Product;
import org.ptzcam.device.settings.DeviceFacts;
import org.ptzcam.device.settings.SettingDef;
import org.ptzcam.device.settings.SettingsCatalog;

/** A setting added without a line in the configuration reference fails the build. */
class ConfigurationDocTest {
    /** Relative to the module directory, surefire's working directory. */
    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void everySettingIsDocumented() throws Exception {
        assertThat(DOC).as("the configuration reference").exists();
        String doc = Files.readString(DOC);
        String serial = "AE0000000001";
        List<String> missing = SettingsCatalog.definitions(
                        new DeviceFacts(serial, Product.SHORT_NAME, Identities.defaultHostName(serial)))
                .stream().map(SettingDef::path)
                .filter(path -> !doc.contains("`" + path + "`"))
                .toList();
        if (!missing.isEmpty()) {
            fail("docs/configuration.md does not document these settings (add a row with the path in backticks): "
                    + String.join(", ", missing));
        }
    }

    @Test
    void keepsTheCommandLineSectionForTheLauncher() throws Exception {
        assertThat(Files.readString(DOC)).contains("\n## Command-line options\n");
    }
}
