package dev.craft.assess;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.Assessment.ScopeVerdict;
import dev.craft.assess.profile.ProfileReader;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.ProductClass;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Assesses a product profile against the knowledge base: a pure function of (profile, knowledge base,
 * as-of date). Stages run in the order of the law: scope (Art 2), roles (Art 3, 21, 22), class (Art 7, 8),
 * remote data processing (Art 3(2)), conformity routes (Art 32), product timeline and obligations
 * (Art 13 to 24, 69, 71), penalties (Art 64), CSIRT routing (Art 14(7)), findings and unsettled points.
 *
 * <pre>
 * var kb = KnowledgeBaseLoader.standard();
 * var loaded = new ProfileReader(kb).read(Path.of("examples/profiles/smart-camera.yaml"));
 * Assessment a = new Assessor(kb).assess(loaded, LocalDate.of(2028, 1, 15));
 * </pre>
 */
public final class Assessor {

    private final KnowledgeBase kb;

    public Assessor(KnowledgeBase kb) {
        this.kb = requireNonNull(kb, "kb must not be null");
    }

    /** Assesses as of today (UTC) on {@code clock}. */
    public Assessment assess(ProfileReader.Loaded profile, Clock clock) {
        return assess(profile, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    public Assessment assess(ProfileReader.Loaded profile, LocalDate asOf) {
        requireNonNull(profile, "profile must not be null");
        requireNonNull(asOf, "asOf must not be null");
        var s = new Session(kb, profile, asOf);
        var p = profile.profile();
        var subject = new Assessment.Subject(p.company().name(), p.product().name(), p.product().version());
        var kbRef = new Assessment.KnowledgeBaseRef(kb.version(), kb.manifest().date());
        var profileRef = new Assessment.ProfileRef(profile.source(), profile.sha256());

        Assessment.ScopeResult scope = ScopeStage.run(s);
        if (scope.verdict() == ScopeVerdict.OUT_OF_SCOPE) {
            var emptyClass = new Assessment.ClassResult(ProductClass.UNDECIDED, "Not assessed: the product is out of scope.", List.of(), null);
            Timeline t = Timeline.of(p, kb);
            return new Assessment(Assessment.SCHEMA, kbRef, profileRef, asOf, subject, scope,
                    new Assessment.RolesResult(List.of(), List.of()), emptyClass, List.of(), List.of(), List.of(),
                    KeyDateStage.run(s, List.of(), List.of(), t), FindingStage.findings(s, List.of(), t, true),
                    new Assessment.PenaltySummary(null, List.of(), List.of(), "No CRA penalties: the product is out of scope."),
                    new Assessment.ReportingResult(false, null, List.of(), null, "No Art 14 reporting: the product is out of scope."),
                    s.questions(), FindingStage.unsettled(s));
        }
        boolean scopeUndecided = scope.verdict() == ScopeVerdict.UNDECIDED;
        Assessment.RolesResult roles = RoleStage.run(s);
        Assessment.ClassResult cls = ClassStage.run(s);
        var rdps = RdpsStage.run(s);
        var routes = RouteStage.run(s, cls.productClass());
        Timeline timeline = Timeline.of(p, kb);
        var obligations = ObligationStage.run(s, roles.held(), timeline, scopeUndecided);
        var keyDates = KeyDateStage.run(s, roles.held(), routes, timeline);
        var penalties = PenaltyStage.run(s, obligations);
        var reporting = ReportingStage.run(s, roles.held());
        var findings = FindingStage.findings(s, roles.held(), timeline, false);
        var unsettled = FindingStage.unsettled(s);
        return new Assessment(Assessment.SCHEMA, kbRef, profileRef, asOf, subject, scope, roles, cls, rdps, routes, obligations, keyDates,
                findings, penalties, reporting, s.questions(), unsettled);
    }
}
