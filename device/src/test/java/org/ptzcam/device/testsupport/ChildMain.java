package org.ptzcam.device.testsupport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.DeviceStartException;
import org.ptzcam.device.settings.NetworkSettings;

/**
 * What the multi-process tests run in a child JVM.
 * <ul>
 *   <li>{@code probe DIR}: opens DIR, prints {@code OPENED} or {@code FAILED <message>}, exits.</li>
 *   <li>{@code writer DIR}: updates two settings with the same counter in each transaction,
 *       printing the counter after each commit, until killed. It
 *       starts after the counter it finds, and first prints {@code READY <that counter>}.</li>
 * </ul>
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "probe" -> probe(dir);
            case "writer" -> write(dir);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void probe(Path dir) {
        try (DeviceModel ignored = TestCameras.open(dir)) {
            System.out.println("OPENED");
        } catch (DeviceStartException e) {
            System.out.println("FAILED " + e.getMessage());
        }
        System.out.flush();
    }

    private static void write(Path dir) throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            // continue the counter of the previous (killed) writer, so values only grow
            String last = camera.settings().get(NetworkSettings.HOST_NAME);
            long start = last.matches("h\\d+") ? Long.parseLong(last.substring(1)) : 0;
            System.out.println("READY " + start);
            System.out.flush();
            for (long n = start + 1; ; n++) {
                Map<String, String> changes = new LinkedHashMap<>();
                changes.put(NetworkSettings.HOST_NAME, "h" + n);
                changes.put(NetworkSettings.FRIENDLY_NAME, "f" + n);
                changes.put(NetworkSettings.REDIRECT_TO_HTTPS, n % 2 == 0 ? "yes" : "no");
                camera.settings().update(changes);
                System.out.println(n);
                System.out.flush();
            }
        }
    }
}
