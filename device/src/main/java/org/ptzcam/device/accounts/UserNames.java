package org.ptzcam.device.accounts;

import java.util.regex.Pattern;

/** The VAPIX user-name rule (vapix.md §13.1): 1–14 ASCII letters and digits. */
public final class UserNames {

    public static final int MAX_LENGTH = 14;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]{1," + MAX_LENGTH + "}");

    private UserNames() {
    }

    public static boolean valid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}
