package dev.craft.report.routing;

import static dev.craft.report.cases.MemberState.AT;
import static dev.craft.report.cases.MemberState.BE;
import static dev.craft.report.cases.MemberState.DE;
import static dev.craft.report.cases.MemberState.ES;
import static dev.craft.report.cases.MemberState.FR;
import static dev.craft.report.cases.MemberState.IE;
import static dev.craft.report.cases.MemberState.IT;
import static dev.craft.report.cases.MemberState.NL;
import static dev.craft.report.cases.MemberState.PL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.report.cases.MemberState;
import dev.craft.report.routing.RoutingFacts.Establishment;
import dev.craft.report.routing.RoutingFacts.Operator;
import dev.craft.report.rules.CaseRulesLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsirtRouterTest {

    private static final CsirtRouter ROUTER = new CsirtRouter(CaseRulesLoader.standard());
    private static final List<Operator> NONE = List.of();

    private static RoutingFacts inUnion(MemberState decisions, Boolean determinable, List<Establishment> est) {
        return new RoutingFacts(true, decisions, determinable, est, null, null, null, null, null);
    }

    private static RoutingFacts outside(List<Operator> reps, List<Operator> importers, List<Operator> distributors,
                                        Map<MemberState, Long> users, MemberState earlier) {
        return new RoutingFacts(false, null, null, null, reps, importers, distributors, users, earlier);
    }

    /** Facts, expected Member State (null = undecided), deciding step, and a fragment of the missing fact or tie. */
    static Stream<Arguments> cases() {
        return Stream.of(
                row("main establishment: where cybersecurity decisions are predominantly taken",
                        inUnion(DE, null, List.of(new Establishment(PL, 900), new Establishment(DE, 40))), DE, "decisions", null),
                row("decisions not determinable: the establishment with most employees",
                        inUnion(null, false, List.of(new Establishment(AT, 120), new Establishment(DE, 80))), AT, "employees", null),
                row("decisions not recorded: routing names the fact, never guesses",
                        inUnion(null, null, List.of(new Establishment(AT, 120))), null, null, "predominantly taken"),
                row("an establishment without an employee count stops the routing",
                        inUnion(null, false, List.of(new Establishment(AT, 120), new Establishment(DE, null))), null, null,
                        "employees of the establishment in Germany (DE)"),
                row("employee tie across Member States is reported, not broken",
                        inUnion(null, false, List.of(new Establishment(AT, 50), new Establishment(DE, 50))), null, null, "TIE"),
                row("whether established in the Union is unknown",
                        RoutingFacts.NONE, null, null, "establishment in the Union"),
                row("(a) authorised representative acting for the most products",
                        outside(List.of(new Operator("Rep IE", IE, 5), new Operator("Rep NL", NL, 3)), null, null, null, null),
                        IE, "authorised-representative", null),
                row("(a) two representatives in the same Member State tie: still one Member State",
                        outside(List.of(new Operator("Rep A", IE, 3), new Operator("Rep B", IE, 3)), null, null, null, null),
                        IE, "authorised-representative", null),
                row("(a) tie across Member States",
                        outside(List.of(new Operator("Rep IE", IE, 3), new Operator("Rep NL", NL, 3)), null, null, null, null),
                        null, null, "TIE"),
                row("(a) representatives not recorded: routing asks for them",
                        outside(null, null, null, null, null), null, null, "authorised representatives"),
                row("(b) no representative: the importer placing the most products",
                        outside(NONE, List.of(new Operator("Imp FR", FR, 10), new Operator("Imp BE", BE, 2)), null, null, null),
                        FR, "importer", null),
                row("(b) an importer without a product count",
                        outside(NONE, List.of(new Operator("Imp FR", FR, null)), null, null, null), null, null,
                        "products it places on the market for Imp FR"),
                row("(c) no importer: the distributor making the most products available",
                        outside(NONE, NONE, List.of(new Operator("Dist PL", PL, 4)), null, null), PL, "distributor", null),
                row("(d) no distributor: the Member State with the most users",
                        outside(NONE, NONE, NONE, Map.of(ES, 100L, IT, 50L), null), ES, "users", null),
                row("(d) later notifications may go to the same CSIRT as the first",
                        outside(NONE, NONE, NONE, Map.of(ES, 100L, IT, 50L), IT), IT, "users", null),
                row("(d) users not recorded",
                        outside(NONE, NONE, NONE, null, null), null, null, "users of the manufacturer's products per Member State"));
    }

    private static Arguments row(String name, RoutingFacts facts, MemberState expected, String step, String fragment) {
        return Arguments.argumentSet(name, facts, expected, step, fragment);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldRouteLikeArticle14Paragraph7(RoutingFacts facts, MemberState expected, String step, String fragment) {
        CsirtRouting r = ROUTER.route(facts);
        assertThat(r.memberState()).isEqualTo(expected);
        assertThat(r.decidedAt()).isEqualTo(step);
        assertThat(r.steps()).extracting(RoutingStep::id).containsExactly(
                "established-in-union", "decisions", "employees", "authorised-representative", "importer", "distributor", "users");
        if (expected != null) {
            assertThat(r.decidingStep().orElseThrow().cite()).startsWith("Art 14(7)");
            assertThat(r.missingFacts()).isEmpty();
        } else if ("TIE".equals(fragment)) {
            assertThat(r.tie()).isPresent();
            assertThat(r.tie().orElseThrow().tied()).hasSize(2);
            assertThat(r.summary()).contains("tie");
        } else {
            assertThat(r.missingFacts()).singleElement().asString().contains(fragment);
            assertThat(r.summary()).startsWith("Undecided: record");
        }
    }

    @Test
    void shouldCiteEachFallbackPointOfTheThirdSubparagraph() {
        var r = ROUTER.route(outside(NONE, NONE, NONE, Map.of(ES, 1L), null));
        assertThat(r.steps()).filteredOn(s -> s.id().equals("users")).singleElement()
                .satisfies(s -> assertThat(s.cite()).isEqualTo("Art 14(7) 3rd subpara, point (d)"));
        assertThat(r.steps()).filteredOn(s -> s.id().equals("importer")).singleElement()
                .satisfies(s -> assertThat(s.outcome()).isEqualTo(RoutingStep.Outcome.NO_ANSWER));
    }

    @Test
    void shouldNotAskTheFallbackWhenThereIsAMainEstablishment() {
        var r = ROUTER.route(inUnion(DE, null, null));
        assertThat(r.steps()).filteredOn(s -> s.id().equals("authorised-representative")).singleElement()
                .satisfies(s -> assertThat(s.outcome()).isEqualTo(RoutingStep.Outcome.NOT_APPLICABLE));
        assertThat(r.summary()).isEqualTo("Coordinator CSIRT of Germany (DE) (Art 14(7) 2nd subpara: decisions are predominantly taken in Germany (DE)).");
    }
}
