package dev.craft.sbom.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fields that could not be carried, counted per kind so that 100,000 components give one line, not 100,000. */
final class ConversionWarnings {

    private final Map<String, List<String>> where = new LinkedHashMap<>();

    void add(String what, String location) {
        where.computeIfAbsent(what, k -> new ArrayList<>()).add(location == null ? "" : location);
    }

    List<String> render() {
        var out = new ArrayList<String>();
        where.forEach((what, locations) -> {
            String first = locations.get(0).isEmpty() ? "" : " (first at " + locations.get(0) + ")";
            out.add(what + (locations.size() > 1 ? " [" + locations.size() + " times]" : "") + first);
        });
        return out;
    }
}
