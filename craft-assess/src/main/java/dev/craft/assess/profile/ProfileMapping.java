package dev.craft.assess.profile;

import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.yaml.StrictNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Maps a profile tree to {@link Profile}, reporting every problem to the node's collector. */
final class ProfileMapping {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final KnowledgeBase kb;
    private final StrictNode root;

    ProfileMapping(KnowledgeBase kb, StrictNode root) {
        this.kb = kb;
        this.root = root;
    }

    Profile profile() {
        StrictNode v = root.field("craft_profile");
        Long version = v.integer();
        if (!v.present()) v.problem("missing profile version", "craft_profile: " + Profile.CURRENT_VERSION);
        else if (version != null && version != Profile.CURRENT_VERSION) {
            v.problem("unsupported profile version " + version, "craft_profile: " + Profile.CURRENT_VERSION);
        }
        var profile = new Profile(Profile.CURRENT_VERSION,
                company(section("company", true)), product(section("product", true)), scope(section("scope", false)),
                commercial(section("commercial", false)), openSource(section("open_source", false)),
                supplyChain(section("supply_chain", false)), market(section("market", false)), support(section("support", false)),
                conformity(section("conformity", false)));
        root.finish();
        crossChecks(profile);
        return profile;
    }

    private StrictNode section(String name, boolean required) {
        StrictNode s = root.field(name);
        if (required) s.requireMapping();
        else s.isMapping();
        return s;
    }

    private Profile.Company company(StrictNode n) {
        var establishments = list(n.field("establishments"), e -> {
            var est = new Profile.Establishment(country(e.field("country"), true, false), count(e.field("employees")));
            e.finish();
            return est;
        });
        var c = new Profile.Company(n.field("name").requiredText(), country(n.field("country"), false, false),
                vocab(n.field("size"), "company.size"), vocab(n.field("legal_form"), "company.legal_form"),
                n.field("public_administration").bool(), n.field("not_for_profit_reinvesting").bool(),
                country(n.field("cybersecurity_decisions_in"), false, true), establishments);
        n.finish();
        return c;
    }

    private Profile.Product product(StrictNode n) {
        Set<String> core = vocabSet(n.field("core_functions"), "product.core_functions");
        Set<String> other = vocabSet(n.field("other_functions"), "product.other_functions");
        if (core != null && other != null) {
            for (String t : core) {
                if (other.contains(t)) n.field("other_functions").problem("'" + t + "' is listed as core and as other function", "each tag in one list only");
            }
        }
        var ruledOut = list(n.field("categories_ruled_out"), r -> {
            String cat = r.field("category").requiredText();
            if (cat != null && kb.categories().stream().noneMatch(c -> c.id().equals(cat))) {
                r.field("category").problem("unknown category '" + cat + "'", "a category id such as III-I-12 or IV-2 (see docs/knowledge-base.md)");
            }
            var ro = new Profile.RuledOut(cat, r.field("reason").requiredText());
            r.finish();
            return ro;
        });
        Long ava = n.field("ava_van_level").integer();
        if (ava != null && (ava < 0 || ava > 5)) n.field("ava_van_level").problem("AVA_VAN level " + ava + " does not exist", "0 to 5");
        StrictNode sp = n.field("serves_pde");
        Profile.ServesPde servesPde = new Profile.ServesPde(null, null, null);
        if (sp.isMapping()) {
            servesPde = new Profile.ServesPde(sp.field("name").text(), sp.field("designed_under_manufacturer_responsibility").bool(),
                    sp.field("absence_prevents_function").bool());
            sp.finish();
        }
        var rdps = list(n.field("remote_processing"), r -> {
            var rp = new Profile.RemoteProcessing(r.field("name").requiredText(), r.field("designed_under_manufacturer_responsibility").bool(),
                    r.field("absence_prevents_function").bool(), r.field("third_party_service").bool(), r.field("statistics_only").bool());
            r.finish();
            return rp;
        });
        var p = new Profile.Product(n.field("name").requiredText(), n.field("version").text(), vocab(n.field("kind"), "product.kind"),
                n.field("data_connection").bool(), n.field("intended_purpose").text(), n.field("core_functionality").text(), core, other,
                ruledOut, vocabSet(n.field("characteristics"), "product.characteristics"), ava, servesPde, rdps);
        n.finish();
        return p;
    }

    private Profile.Scope scope(StrictNode n) {
        StrictNode sp = n.field("spare_part");
        Profile.SparePart spare = new Profile.SparePart(null, null, null);
        if (sp.isMapping()) {
            spare = new Profile.SparePart(sp.field("is_spare_part").bool(), sp.field("replaces_identical_component").bool(),
                    sp.field("same_specifications").bool());
            sp.finish();
        }
        var s = new Profile.Scope(vocabSet(n.field("sector_legislation"), "scope.sector_legislation"),
                n.field("exclusively_for_type_approved_vehicles").bool(), spare, vocab(n.field("national_security"), "scope.national_security"));
        n.finish();
        return s;
    }

    private Profile.Commercial commercial(StrictNode n) {
        var c = new Profile.Commercial(n.field("price_charged").bool(), n.field("paid_support_beyond_cost_recovery").bool(),
                n.field("monetisation_intent").bool(), n.field("personal_data_beyond_security").bool(),
                n.field("donations_exceed_costs").bool(), n.field("supplied_in_course_of_business").bool(), n.field("own_use_only").bool());
        n.finish();
        return c;
    }

    private Profile.OpenSource openSource(StrictNode n) {
        var o = new Profile.OpenSource(n.field("is_foss").bool(), n.field("licence").text(), n.field("monetised_by_manufacturer").bool(),
                n.field("intended_for_commercial_activities").bool(), n.field("sustained_support").bool(),
                n.field("technical_documentation_public").bool());
        n.finish();
        return o;
    }

    private Profile.SupplyChain supplyChain(StrictNode n) {
        StrictNode bo = n.field("brand_owner");
        Profile.Party brandOwner = new Profile.Party(null, null);
        if (bo.isMapping()) {
            brandOwner = new Profile.Party(bo.field("name").text(), country(bo.field("country"), false, false));
            bo.finish();
        }
        var s = new Profile.SupplyChain(vocab(n.field("activity"), "supply_chain.activity"), n.field("sold_under_own_name").bool(),
                n.field("substantially_modifies").bool(), n.field("modification_affects_whole_product").bool(),
                n.field("mandate_written").bool(), brandOwner, operators(n.field("authorised_representatives")),
                operators(n.field("importers")), operators(n.field("distributors")), n.field("last_received").date(),
                n.field("last_supplied").date());
        n.finish();
        return s;
    }

    private List<Profile.Operator> operators(StrictNode n) {
        return list(n, o -> {
            var op = new Profile.Operator(o.field("name").requiredText(), country(o.field("country"), true, false), count(o.field("products")));
            o.finish();
            return op;
        });
    }

    private Profile.Market market(StrictNode n) {
        var states = new ArrayList<String>();
        List<StrictNode> items = n.field("member_states").items();
        if (items != null) {
            for (StrictNode s : items) {
                String c = country(s, true, true);
                if (c != null && states.contains(c)) s.problem("'" + c + "' listed twice", "each Member State once");
                else if (c != null) states.add(c);
            }
        }
        var users = new LinkedHashMap<String, Long>();
        StrictNode u = n.field("users_by_member_state");
        if (u.isMapping()) {
            for (String key : u.fieldNames()) {
                StrictNode count = u.field(key);
                if (!kb.isMemberState(key)) count.problem("'" + key + "' is not a Member State", memberStatesHint());
                Long c = count(count);
                if (c != null) users.put(key, c);
            }
        }
        StrictNode sm = n.field("substantial_modification");
        Profile.SubstantialModification mod = new Profile.SubstantialModification(null, null, null);
        if (sm.isMapping()) {
            mod = new Profile.SubstantialModification(sm.field("made").bool(), sm.field("date").date(), sm.field("description").text());
            if (Boolean.FALSE.equals(mod.made()) && mod.date() != null) sm.field("date").problem("a date is given but made is false", "made: true, or no date");
            sm.finish();
        }
        var m = new Profile.Market(n.field("placed_on_market").date(), n.field("last_unit_placed").date(),
                n.field("new_units_from_general_application").bool(), states, users, mod);
        n.finish();
        return m;
    }

    private Profile.Support support(StrictNode n) {
        Long months = n.field("period_months").integer();
        if (months != null && months <= 0) n.field("period_months").problem("must be positive", "a number of months > 0");
        Double expected = n.field("expected_use_years").number();
        if (expected != null && (expected <= 0 || expected > 100)) n.field("expected_use_years").problem("out of range", "a number of years between 0 and 100");
        var updates = list(n.field("security_updates"), u -> {
            var su = new Profile.SecurityUpdate(u.field("id").requiredText(), u.field("issued").date());
            if (su.issued() == null && !u.field("issued").present()) u.field("issued").problem("missing", "the date the update was issued");
            u.finish();
            return su;
        });
        var s = new Profile.Support(n.field("period_end").date(), months, expected, n.field("expected_use_justification").text(), updates);
        if (s.periodEnd() != null && s.periodMonths() != null) n.field("period_months").problem("both period_end and period_months given", "one of them");
        n.finish();
        return s;
    }

    private Profile.Conformity conformity(StrictNode n) {
        var c = new Profile.Conformity(n.field("harmonised_standards_applied_in_full").bool(),
                n.field("common_specifications_applied_in_full").bool(), vocab(n.field("certification_level"), "conformity.certification_level"));
        n.finish();
        return c;
    }

    private void crossChecks(Profile p) {
        LocalDate placed = p.market().placedOnMarket();
        if (placed != null && p.support().periodEnd() != null && !p.support().periodEnd().isAfter(placed)) {
            root.field("support").field("period_end").problem("support ends on or before placing on the market (" + placed + ")", "a date after market.placed_on_market");
        }
        if (placed != null && p.market().lastUnitPlaced() != null && p.market().lastUnitPlaced().isBefore(placed)) {
            root.field("market").field("last_unit_placed").problem("before the first placing on the market (" + placed + ")", "a date on or after market.placed_on_market");
        }
        var mod = p.market().substantialModification();
        if (placed != null && mod.date() != null && mod.date().isBefore(placed)) {
            root.field("market").field("substantial_modification").field("date").problem("before the first placing on the market (" + placed + ")", "a date after market.placed_on_market");
        }
    }

    // ---- value helpers ----

    private String vocab(StrictNode n, String factId) {
        String v = n.text();
        if (v == null) return null;
        Set<String> allowed = kb.fact(factId).values();
        if (!allowed.contains(v)) {
            n.problem("'" + v + "' is not allowed", "one of " + String.join(", ", new TreeSet<>(allowed)));
            return null;
        }
        return v;
    }

    private Set<String> vocabSet(StrictNode n, String factId) {
        if (!n.present()) return null;
        List<StrictNode> items = n.items();
        if (items == null) return null;
        var out = new LinkedHashSet<String>();
        for (StrictNode item : items) {
            String v = vocab(item, factId);
            if (v == null && !item.present()) item.problem("null in a list", "a value");
            if (v != null && !out.add(v)) item.problem("'" + v + "' listed twice", "each value once");
        }
        return out;
    }

    private String country(StrictNode n, boolean required, boolean memberState) {
        String c = required ? n.requiredText() : n.text();
        if (c == null) return null;
        if (memberState && !kb.isMemberState(c)) {
            n.problem("'" + c + "' is not a Member State of the Union", memberStatesHint());
            return null;
        }
        if (!ISO_COUNTRIES.contains(c)) {
            n.problem("'" + c + "' is not a country code", "an ISO 3166-1 alpha-2 code in capitals, e.g. DE, FR, CN, US");
            return null;
        }
        return c;
    }

    private String memberStatesHint() {
        return "an ISO 3166-1 alpha-2 code of a Member State: " + String.join(", ", new TreeSet<>(kb.memberStates())) + " (Greece is GR)";
    }

    private static Long count(StrictNode n) {
        Long c = n.integer();
        if (c != null && c < 0) {
            n.problem("must not be negative", "a count >= 0");
            return null;
        }
        return c;
    }

    private static <T> List<T> list(StrictNode n, Function<StrictNode, T> element) {
        List<StrictNode> items = n.items();
        if (items == null) return List.of();
        var out = new ArrayList<T>();
        for (StrictNode item : items) {
            if (!item.requireMapping()) continue;
            out.add(element.apply(item));
        }
        return out;
    }
}
