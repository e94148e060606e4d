package org.ptzcam.bench.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of a benchmark's {@code main}, each with a default; unknown names fail. */
public final class Args {

    private final Map<String, String> values = new HashMap<>();

    private Args(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--" + String.join(" V] [--", known) + " V]; bad: " + args[i]);
            }
            values.put(name, args[++i]);
        }
    }

    public static Args parse(String[] args, String... known) {
        return new Args(args, Set.of(known));
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    public double decimal(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }
}
