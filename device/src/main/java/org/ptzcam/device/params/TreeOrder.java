package org.ptzcam.device.params;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists parameters as a tree walk in declaration order: a group's parameters stay together even
 * when they come from different sources (settings and runtime both add to {@code Network}), and
 * each group sits where its first parameter was declared.
 */
final class TreeOrder {
    private TreeOrder() {
    }

    static List<Parameter> sort(List<Parameter> declared) {
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Parameter parameter : declared) {
            for (String prefix : prefixes(parameter.path())) {
                firstSeen.putIfAbsent(prefix, firstSeen.size());
            }
        }
        Comparator<Parameter> byTree = (a, b) -> {
            List<String> pa = prefixes(a.path());
            List<String> pb = prefixes(b.path());
            for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
                int order = Integer.compare(firstSeen.get(pa.get(i)), firstSeen.get(pb.get(i)));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(pa.size(), pb.size());
        };
        List<Parameter> sorted = new ArrayList<>(declared);
        sorted.sort(byTree);
        return sorted;
    }

    /** {@code A.B.C} gives {@code A}, {@code A.B}, {@code A.B.C}. */
    private static List<String> prefixes(String path) {
        List<String> prefixes = new ArrayList<>();
        int dot = path.indexOf('.');
        while (dot >= 0) {
            prefixes.add(path.substring(0, dot));
            dot = path.indexOf('.', dot + 1);
        }
        prefixes.add(path);
        return prefixes;
    }
}
