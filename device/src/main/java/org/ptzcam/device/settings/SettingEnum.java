package org.ptzcam.device.settings;

/**
 * An enum whose constants are the values of an enumeration setting: {@link #id()} is the spelling
 * clients read and write (e.g. {@code auto}, {@code 1920x1080@60}).
 */
public interface SettingEnum {
    String id();
}
