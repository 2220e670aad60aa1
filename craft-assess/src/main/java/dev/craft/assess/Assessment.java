package dev.craft.assess;

import dev.craft.kb.FindingRule;
import dev.craft.kb.ProductClass;
import dev.craft.kb.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of assessing one product profile against one knowledge-base version: what the CRA asks of the
 * company for this product, and why. Immutable; serialised as JSON by {@link dev.craft.assess.render.AssessmentJson}
 * following docs/schemas/assessment-v1.schema.json. Stored by the server, and re-run when the profile hash or
 * the knowledge-base version changes.
 */
public record Assessment(
        String schema,
        KnowledgeBaseRef knowledgeBase,
        ProfileRef profile,
        LocalDate asOf,
        Subject subject,
        ScopeResult scope,
        RolesResult roles,
        ClassResult productClass,
        List<RemoteProcessingResult> remoteProcessing,
        List<RouteResult> conformityRoutes,
        List<ObligationResult> obligations,
        List<KeyDate> keyDates,
        List<Finding> findings,
        PenaltySummary penalties,
        ReportingResult reporting,
        List<OpenQuestion> openQuestions,
        List<Unsettled> unsettledPoints) {

    public static final String SCHEMA = "https://craft.dev/schemas/assessment-v1.schema.json";

    public Assessment {
        remoteProcessing = List.copyOf(remoteProcessing);
        conformityRoutes = List.copyOf(conformityRoutes);
        obligations = List.copyOf(obligations);
        keyDates = List.copyOf(keyDates);
        findings = List.copyOf(findings);
        openQuestions = List.copyOf(openQuestions);
        unsettledPoints = List.copyOf(unsettledPoints);
    }

    public record KnowledgeBaseRef(String version, LocalDate date) {}

    /** @param sha256 hash of the canonical JSON of the profile (see ProfileReader) */
    public record ProfileRef(String source, String sha256) {}

    public record Subject(String company, String product, String version) {}

    /** One fact a conclusion used: its id, the profile field that gives it, and its value ("unknown" when absent). */
    public record FactUse(String fact, String path, String value) {}

    /** Why: the rule, its articles, and the facts and status entries it used. */
    public record Trace(String rule, List<String> cite, List<FactUse> facts, List<String> status) {
        public Trace {
            cite = List.copyOf(cite);
            facts = List.copyOf(facts);
            status = List.copyOf(status);
        }
    }

    public enum Holds { TRUE, FALSE, UNKNOWN }

    /** One rule's verdict in words, with its trace. */
    public record Reason(String title, Holds holds, String text, Trace trace) {}

    public enum ScopeVerdict { IN_SCOPE, OUT_OF_SCOPE, UNDECIDED }

    public record ScopeResult(ScopeVerdict verdict, String summary, List<Reason> reasons, List<Reason> notes) {
        public ScopeResult {
            reasons = List.copyOf(reasons);
            notes = List.copyOf(notes);
        }
    }

    public enum RoleStatus { HOLDS, UNDECIDED }

    /**
     * @param obligationsScope for a manufacturer under Art 22: which part of the product the obligations cover; null otherwise
     */
    public record RoleResult(Role role, RoleStatus status, List<Reason> bases, String obligationsScope) {
        public RoleResult {
            bases = List.copyOf(bases);
        }
    }

    public record RolesResult(List<RoleResult> held, List<Reason> notes) {
        public RolesResult {
            held = List.copyOf(held);
            notes = List.copyOf(notes);
        }
    }

    /** MATCHED: a core function matches; POSSIBLE: a fact is missing; ADDITIONAL_ONLY: only a non-core function matches; MENTIONED: only the description's wording. */
    public enum MatchStatus { MATCHED, POSSIBLE, ADDITIONAL_ONLY, MENTIONED, RULED_OUT }

    public record CategoryMatch(String category, String cite, ProductClass productClass, String name, String description,
            List<String> examples, String descriptionUnconfirmed, MatchStatus status, String explanation, Trace trace) {
        public CategoryMatch {
            examples = List.copyOf(examples);
        }
    }

    public record ClassResult(ProductClass productClass, String summary, List<CategoryMatch> categories, Trace trace) {
        public ClassResult {
            categories = List.copyOf(categories);
        }
    }

    public enum RdpsVerdict { RDPS, NOT_RDPS, UNDECIDED }

    public record RemoteProcessingResult(String name, RdpsVerdict verdict, String explanation, Trace trace) {}

    public enum RouteStatus { ALLOWED, CONDITIONAL, NOT_ALLOWED, NOT_AVAILABLE }

    public record RouteResult(String route, String name, boolean notifiedBody, RouteStatus status, String explanation, Trace trace) {}

    /** IN_FORCE at the as-of date; NOT_YET_IN_FORCE (applies from a later date); NOT_APPLICABLE (e.g. Art 69(2)); UNDECIDED (a fact is missing). */
    public enum ObligationStatus { IN_FORCE, NOT_YET_IN_FORCE, NOT_APPLICABLE, UNDECIDED }

    /** An Art 64 tier an infringement falls under; {@code exempt} when an Art 64(10) exemption removes the fine. */
    public record PenaltyRef(String tier, String cite, String via, long maxEur, double maxTurnoverPercent, boolean exempt) {}

    /**
     * @param due     the due rule in words, with the concrete date where the profile allows
     * @param dueDate the concrete date (deadline or keep-until date), or null
     * @param note    why the status is what it is (legacy product, missing fact, exemption), or null
     */
    public record ObligationResult(String id, Role role, List<String> cite, String duty, ObligationStatus status, LocalDate appliesFrom,
            String due, LocalDate dueDate, List<String> evidence, List<PenaltyRef> penalties, String note, Trace trace) {
        public ObligationResult {
            cite = List.copyOf(cite);
            evidence = List.copyOf(evidence);
            penalties = List.copyOf(penalties);
        }
    }

    public record KeyDate(String id, LocalDate date, String label, List<String> cite, String basis) {
        public KeyDate {
            cite = List.copyOf(cite);
        }
    }

    public record Finding(String id, FindingRule.Severity severity, String text, List<String> cite, Trace trace) {}

    public record TierExposure(String tier, String cite, long maxEur, double maxTurnoverPercent, String covers, List<Role> roles) {
        public TierExposure {
            roles = List.copyOf(roles);
        }
    }

    public record AppliedExemption(String id, String cite, String text) {}

    /** @param highest the highest tier any listed obligation falls under, or null when none */
    public record PenaltySummary(String highest, List<TierExposure> tiers, List<AppliedExemption> exemptions, String note) {
        public PenaltySummary {
            tiers = List.copyOf(tiers);
            exemptions = List.copyOf(exemptions);
        }
    }

    /** @param memberState the Member State whose coordinating CSIRT receives Art 14 notifications; null when undecided or not applicable */
    public record CsirtRoute(String memberState, String step, String explanation, Trace trace) {}

    public record ReportingResult(boolean manufacturerReports, String recipients, List<String> recipientsCite, CsirtRoute csirt, String note) {
        public ReportingResult {
            recipientsCite = List.copyOf(recipientsCite);
        }
    }

    /**
     * @param fact     the fact id (facts.yaml)
     * @param path     the profile field that answers it
     * @param decides  the conclusions that wait for the answer
     * @param blocking true when it decides scope, a role or the class
     */
    public record OpenQuestion(String fact, String question, String path, List<String> decides, boolean blocking) {
        public OpenQuestion {
            decides = List.copyOf(decides);
        }
    }

    public record Unsettled(String flag, String topic, String text, String craftReading, List<String> cite, String confidence) {
        public Unsettled {
            cite = List.copyOf(cite);
        }
    }
}
