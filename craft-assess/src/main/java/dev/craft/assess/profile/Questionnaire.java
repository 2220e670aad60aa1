package dev.craft.assess.profile;

import dev.craft.kb.KnowledgeBase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The questions {@code craft init} asks (interactively or as flags) to write a profile, with their profile paths
 * and the values the knowledge base allows. Each answer is parsed here, so the CLI and a future web form accept
 * the same input. An empty answer, "unknown" or "?" leaves the field out: the assessment then asks it as an
 * open question where it decides something.
 */
public final class Questionnaire {

    public enum Kind { TEXT, BOOL, CHOICE, CHOICES, DATE, COUNTRY, MEMBER_STATE, MEMBER_STATES, INTEGER, NUMBER }

    /**
     * @param flag     the command-line option ({@code --company-name})
     * @param path     the dotted profile path ({@code company.name})
     * @param askIf    whether the question applies, given the answers so far
     */
    public record Question(String flag, String path, Kind kind, String prompt, boolean required, Predicate<Map<String, Object>> askIf) {}

    /** A parsed answer: a value (null = unknown) or an error message. */
    public record Answer(Object value, String error) {
        static Answer ok(Object v) {
            return new Answer(v, null);
        }

        static Answer bad(String message) {
            return new Answer(null, message);
        }
    }

    private static final Set<String> UNKNOWN = Set.of("", "unknown", "?", "null");
    /** The questions, in the order they are asked. Static, so that the CLI can declare their flags without loading the knowledge base. */
    public static final List<Question> QUESTIONS = build();

    private final KnowledgeBase kb;

    public Questionnaire(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The allowed values of a CHOICE or CHOICES question (the knowledge base's vocabulary), sorted; empty for other kinds. */
    public List<String> choices(Question q) {
        if (q.kind() != Kind.CHOICE && q.kind() != Kind.CHOICES) return List.of();
        return List.copyOf(new TreeSet<>(kb.fact(q.path()).values()));
    }

    private static List<Question> build() {
        var q = new ArrayList<Question>();
        Predicate<Map<String, Object>> always = a -> true;
        Predicate<Map<String, Object>> foss = a -> Boolean.TRUE.equals(a.get("open_source.is_foss"));
        Predicate<Map<String, Object>> reseller = a -> "imports".equals(a.get("supply_chain.activity")) || "distributes".equals(a.get("supply_chain.activity"));
        Predicate<Map<String, Object>> maker = a -> a.get("supply_chain.activity") == null || "manufactures".equals(a.get("supply_chain.activity"))
                || Boolean.TRUE.equals(a.get("supply_chain.sold_under_own_name")) || Boolean.TRUE.equals(a.get("supply_chain.substantially_modifies"));
        q.add(new Question("--company-name", "company.name", Kind.TEXT, "Company name", true, always));
        q.add(new Question("--company-country", "company.country", Kind.COUNTRY, "Country of the company's registered office (ISO code, e.g. DE)", false, always));
        q.add(choice("--company-size", "company.size", "Company size under Recommendation 2003/361/EC", always));
        q.add(choice("--legal-form", "company.legal_form", "Legal form", always));
        q.add(new Question("--public-administration", "company.public_administration", Kind.BOOL, "Is the organisation a public administration?", false, always));
        q.add(new Question("--cybersecurity-decisions-in", "company.cybersecurity_decisions_in", Kind.MEMBER_STATE,
                "Member State where decisions on the products' cybersecurity are mostly taken (Art 14(7); empty if outside the Union)", false, always));
        q.add(new Question("--product-name", "product.name", Kind.TEXT, "Product name", true, always));
        q.add(new Question("--product-version", "product.version", Kind.TEXT, "Product version", false, always));
        q.add(choice("--product-kind", "product.kind", "Kind of product", always));
        q.add(new Question("--data-connection", "product.data_connection", Kind.BOOL,
                "Does it connect (directly or indirectly, logically or physically) to a device or network?", false, always));
        q.add(new Question("--intended-purpose", "product.intended_purpose", Kind.TEXT, "Intended purpose, in one sentence", false, always));
        q.add(new Question("--core-functionality", "product.core_functionality", Kind.TEXT, "Core functionality, in one sentence", false, always));
        q.add(choices("--core-functions", "product.core_functions", "Core functions (comma-separated tags; 'none' if no tag fits)", always));
        q.add(choices("--other-functions", "product.other_functions", "Other, non-core functions (comma-separated tags; 'none')", always));
        q.add(choices("--characteristics", "product.characteristics", "Characteristics (comma-separated; 'none')", always));
        q.add(choices("--sector-legislation", "scope.sector_legislation", "Sector legislation that covers the product (comma-separated; 'none')", always));
        q.add(new Question("--spare-part", "scope.spare_part.is_spare_part", Kind.BOOL, "Is it made available as a spare part?", false, always));
        q.add(choice("--national-security", "scope.national_security", "National security or defence use", always));
        q.add(new Question("--price-charged", "commercial.price_charged", Kind.BOOL, "Is a price charged for the product?", false, always));
        q.add(new Question("--monetisation-intent", "commercial.monetisation_intent", Kind.BOOL, "Is it monetised in another way (platform, services, ads)?", false, always));
        q.add(new Question("--own-use-only", "commercial.own_use_only", Kind.BOOL, "Is it made only for your own use, never supplied to others?", false, always));
        q.add(new Question("--foss", "open_source.is_foss", Kind.BOOL, "Is it free and open-source software?", false, always));
        q.add(new Question("--foss-monetised", "open_source.monetised_by_manufacturer", Kind.BOOL, "Do you monetise the open-source product?", false, foss));
        q.add(new Question("--foss-public-documentation", "open_source.technical_documentation_public", Kind.BOOL,
                "Will you publish the technical documentation (Art 32(5))?", false, foss));
        q.add(choice("--activity", "supply_chain.activity", "What do you do with the product", always));
        q.add(new Question("--own-name", "supply_chain.sold_under_own_name", Kind.BOOL, "Is it sold under your own name or trademark?", false, always));
        q.add(new Question("--substantially-modifies", "supply_chain.substantially_modifies", Kind.BOOL,
                "Do you substantially modify it after it was placed on the market?", false, always));
        q.add(new Question("--brand-owner-country", "supply_chain.brand_owner.country", Kind.COUNTRY,
                "Where is the brand owner (whose name the product bears when you receive it) established (ISO code)?", false, reseller));
        q.add(new Question("--placed-on-market", "market.placed_on_market", Kind.DATE, "First placing on the Union market (YYYY-MM-DD, planned or actual)", false, always));
        q.add(new Question("--member-states", "market.member_states", Kind.MEMBER_STATES, "Member States where it is made available (comma-separated ISO codes)", false, always));
        q.add(new Question("--support-months", "support.period_months", Kind.INTEGER, "Support period in months from placing on the market", false, maker));
        q.add(new Question("--expected-use-years", "support.expected_use_years", Kind.NUMBER, "Expected time in use, in years", false, maker));
        return List.copyOf(q);
    }

    private static Question choice(String flag, String path, String prompt, Predicate<Map<String, Object>> askIf) {
        return new Question(flag, path, Kind.CHOICE, prompt, false, askIf);
    }

    private static Question choices(String flag, String path, String prompt, Predicate<Map<String, Object>> askIf) {
        return new Question(flag, path, Kind.CHOICES, prompt, false, askIf);
    }

    /** Parses a raw answer for {@code q}. */
    public Answer parse(Question q, String raw) {
        String s = raw == null ? "" : raw.strip();
        if (UNKNOWN.contains(s.toLowerCase(Locale.ROOT))) {
            return q.required() ? Answer.bad("an answer is required") : Answer.ok(null);
        }
        return switch (q.kind()) {
            case TEXT -> Answer.ok(s);
            case BOOL -> switch (s.toLowerCase(Locale.ROOT)) {
                case "y", "yes", "true", "j", "ja", "oui" -> Answer.ok(Boolean.TRUE);
                case "n", "no", "false", "nein", "non" -> Answer.ok(Boolean.FALSE);
                default -> Answer.bad("answer yes or no (empty if unknown)");
            };
            case CHOICE -> pick(choices(q), s);
            case CHOICES -> {
                if (s.equalsIgnoreCase("none")) yield Answer.ok(List.of());
                var out = new LinkedHashSet<String>();
                for (String part : s.split("\\s*,\\s*")) {
                    Answer a = pick(choices(q), part);
                    if (a.error() != null) yield a;
                    out.add((String) a.value());
                }
                yield Answer.ok(List.copyOf(out));
            }
            case DATE -> {
                try {
                    yield Answer.ok(LocalDate.parse(s).toString());
                } catch (DateTimeParseException e) {
                    yield Answer.bad("'" + s + "' is not a date YYYY-MM-DD");
                }
            }
            case COUNTRY -> s.matches("[A-Za-z]{2}") && Set.of(Locale.getISOCountries()).contains(s.toUpperCase(Locale.ROOT))
                    ? Answer.ok(s.toUpperCase(Locale.ROOT)) : Answer.bad("'" + s + "' is not an ISO 3166-1 alpha-2 country code");
            case MEMBER_STATE -> kb.isMemberState(s.toUpperCase(Locale.ROOT)) ? Answer.ok(s.toUpperCase(Locale.ROOT))
                    : Answer.bad("'" + s + "' is not a Member State code (" + String.join(", ", new TreeSet<>(kb.memberStates())) + ")");
            case MEMBER_STATES -> {
                var out = new LinkedHashSet<String>();
                for (String part : s.split("\\s*,\\s*")) {
                    String c = part.toUpperCase(Locale.ROOT);
                    if (!kb.isMemberState(c)) yield Answer.bad("'" + part + "' is not a Member State code");
                    out.add(c);
                }
                yield Answer.ok(List.copyOf(out));
            }
            case INTEGER -> s.matches("\\d{1,4}") && Integer.parseInt(s) > 0 ? Answer.ok(Integer.parseInt(s)) : Answer.bad("a whole number greater than 0");
            case NUMBER -> {
                try {
                    double d = Double.parseDouble(s);
                    yield d > 0 && d <= 100 ? Answer.ok(d == Math.rint(d) ? (Object) (int) d : (Object) d) : Answer.bad("a number of years between 0 and 100");
                } catch (NumberFormatException e) {
                    yield Answer.bad("a number of years, e.g. 5 or 2.5");
                }
            }
        };
    }

    /** A choice by its value or by its 1-based number in the list. */
    private static Answer pick(List<String> choices, String s) {
        if (s.matches("\\d+")) {
            int i = Integer.parseInt(s);
            if (i >= 1 && i <= choices.size()) return Answer.ok(choices.get(i - 1));
        }
        String v = s.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return choices.contains(v) ? Answer.ok(v) : Answer.bad("'" + s + "' is not one of " + String.join(", ", choices));
    }
}
