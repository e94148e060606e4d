package org.ptzcam.rtsp.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RTSP header fields in arrival order. Names compare case-insensitively (clients write
 * {@code CSeq}, {@code Cseq} and {@code cseq}); the spelling given is kept for output, since some
 * clients match response header names with exact case.
 */
public final class RtspHeaders {

    private static final RtspHeaders EMPTY = new RtspHeaders(List.of());

    private final List<Map.Entry<String, String>> fields;

    private RtspHeaders(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    public static RtspHeaders empty() {
        return EMPTY;
    }

    /** Headers from alternating names and values: {@code of("CSeq", "1", "Session", "abc")}. */
    public static RtspHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new RtspHeaders(List.copyOf(list));
    }

    /** The first value of {@code name}, if present. */
    public Optional<String> get(String name) {
        for (Map.Entry<String, String> f : fields) {
            if (f.getKey().equalsIgnoreCase(name)) {
                return Optional.of(f.getValue());
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code name}, in order. */
    public List<String> getAll(String name) {
        return fields.stream().filter(f -> f.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
    }

    public boolean contains(String name) {
        return get(name).isPresent();
    }

    /** A copy with one more field (after any existing field of the same name). */
    public RtspHeaders with(String name, String value) {
        if (name.isEmpty() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("bad header " + name + ": " + value);
        }
        List<Map.Entry<String, String>> list = new ArrayList<>(fields);
        list.add(Map.entry(name, value));
        return new RtspHeaders(List.copyOf(list));
    }

    /** A copy with all of {@code more}'s fields appended. */
    public RtspHeaders withAll(RtspHeaders more) {
        List<Map.Entry<String, String>> list = new ArrayList<>(fields);
        list.addAll(more.fields);
        return new RtspHeaders(List.copyOf(list));
    }

    /** A copy in which {@code name} has exactly this one value. */
    public RtspHeaders replacing(String name, String value) {
        return without(name).with(name, value);
    }

    public RtspHeaders without(String name) {
        return new RtspHeaders(fields.stream().filter(f -> !f.getKey().equalsIgnoreCase(name)).toList());
    }

    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtspHeaders h && h.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> f : fields) {
            b.append(f.getKey()).append(": ").append(f.getValue()).append('\n');
        }
        return b.toString();
    }
}
