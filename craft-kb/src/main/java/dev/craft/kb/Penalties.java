package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;
import java.util.Set;

/** The Art 64 fine tiers and exemptions (penalties.yaml). */
public record Penalties(List<Tier> tiers, List<Exemption> exemptions) {
    public Penalties {
        tiers = List.copyOf(tiers);
        exemptions = List.copyOf(exemptions);
    }

    public Tier tier(String id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no penalty tier " + id));
    }

    /** A maximum fine: the higher of {@code maxEur} and {@code maxTurnoverPercent} of worldwide turnover. */
    public record Tier(String id, Citation cite, long maxEur, double maxTurnoverPercent, String covers) {}

    /**
     * An exemption from fines: for the listed obligations when {@code when} holds (Art 64(10)(a)), or for
     * every obligation of the listed roles (Art 64(10)(b)).
     */
    public record Exemption(String id, Citation cite, Condition when, List<String> obligations, Set<Role> roles, String text) {
        public Exemption {
            obligations = List.copyOf(obligations);
            roles = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(roles));
        }
    }
}
