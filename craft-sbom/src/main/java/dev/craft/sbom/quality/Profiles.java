package dev.craft.sbom.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in quality profiles, loaded from {@code dev/craft/sbom/quality/*.json} and validated once:
 * unique rule ids, a known check for each rule, a citation and a how-to-fix for each. A broken profile file
 * stops craft at start rather than silently checking less.
 */
public final class Profiles {

    /** Profile ids in the order they are reported. */
    public static final List<String> IDS = List.of("cra", "bsi-tr-03183-2", "ntia-2021", "cisa-2026");

    private static final Map<String, Profile> ALL = load();

    private Profiles() {}

    public static List<Profile> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Profile> byId(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    private static Map<String, Profile> load() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        var out = new LinkedHashMap<String, Profile>();
        Set<String> ruleIds = new HashSet<>();
        for (String id : IDS) {
            String resource = "/dev/craft/sbom/quality/" + id + ".json";
            try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("quality profile " + resource + " is missing");
                Profile p = mapper.readValue(in, Profile.class);
                validate(p, resource, ruleIds);
                out.put(p.id(), p);
            } catch (IOException e) {
                throw new UncheckedIOException("quality profile " + resource + " cannot be read", e);
            }
        }
        return out;
    }

    static void validate(Profile p, String resource, Set<String> ruleIds) {
        var problems = new ArrayList<String>();
        for (Rule r : p.rules()) {
            if (!ruleIds.add(r.id())) problems.add(r.id() + ": duplicate rule id");
            if (!Checks.known(r.check())) problems.add(r.id() + ": unknown check '" + r.check() + "'");
            if (r.perComponent() != Checks.COMPONENT.containsKey(r.check())) problems.add(r.id() + ": scope '" + r.scope() + "' does not fit check " + r.check());
            if (!r.scope().equals("document") && !r.scope().equals("component")) problems.add(r.id() + ": scope must be document or component");
            if (r.citation().isBlank()) problems.add(r.id() + ": no citation");
            if (r.howToFix().isBlank()) problems.add(r.id() + ": no howToFix");
        }
        if (!problems.isEmpty()) throw new IllegalStateException("quality profile " + resource + " is invalid: " + problems);
    }
}
