package dev.craft.vuln.vex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import dev.craft.vuln.ComponentRef;
import dev.craft.vuln.Finding;
import dev.craft.vuln.SeverityLevel;
import dev.craft.vuln.VexState;
import dev.craft.vuln.testing.TestSboms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VexApplierTest {

    static final Component PRODUCT = TestSboms.component("product-ABC", "ABC", "4.2", "pkg:generic/acme/abc@4.2");
    static final Component LOG4J = TestSboms.component("log4j", "log4j-core", "2.14.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    static final Component OTHER = TestSboms.component("other", "jackson-databind", "2.10.0", "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0");
    static final Sbom SBOM = TestSboms.of(PRODUCT, List.of(LOG4J, OTHER), Map.of("product-ABC", List.of("log4j", "other")));

    static Finding finding(Component c, String id, String... aliases) {
        var ref = new ComponentRef(c.ref(), c.name(), c.version(), c.purl().orElse(null), List.of(c.name()), List.of(c.ref()));
        return new Finding(ref, id, List.of(aliases), List.of(id), null, null, List.of(), SeverityLevel.CRITICAL, null, List.of(), List.of(),
                null, List.of(), null, List.of(), null, null);
    }

    static VexStatement statement(String vuln, VexProduct product, VexState state, String when) {
        return new VexStatement(vuln, List.of(), List.of(product), state, state == VexState.NOT_AFFECTED ? "vulnerable_code_not_present" : null,
                null, null, null, "vex.json", "$.statements[0]", "OpenVEX", when == null ? null : Instant.parse(when));
    }

    @Test
    void shouldApplyAStatementOnTheComponentByPurlIgnoringQualifiers() {
        var notes = new ArrayList<String>();
        List<Finding> out = VexApplier.apply(List.of(finding(LOG4J, "CVE-2021-44228")),
                List.of(statement("CVE-2021-44228", VexProduct.ofPurl("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar"),
                        VexState.NOT_AFFECTED, null)), SBOM, notes);
        assertThat(out.get(0).vex().state()).isEqualTo(VexState.NOT_AFFECTED);
        assertThat(out.get(0).vex().justification()).isEqualTo("vulnerable_code_not_present");
        assertThat(out.get(0).isOpen()).isFalse();
        assertThat(notes).isEmpty();
    }

    @Test
    void shouldApplyAProductStatementToEveryComponentUnlessSubcomponentsNarrowIt() {
        var product = new VexProduct("pkg:generic/acme/abc@4.2", null, null, null, null, null, List.of());
        List<Finding> all = VexApplier.apply(List.of(finding(LOG4J, "CVE-X"), finding(OTHER, "CVE-X")),
                List.of(statement("CVE-X", product, VexState.NOT_AFFECTED, null)), SBOM, new ArrayList<>());
        assertThat(all).allSatisfy(f -> assertThat(f.vex()).isNotNull());
        var narrowed = new VexProduct(null, "product-ABC", null, null, null, null,
                List.of(VexProduct.ofPurl("pkg:maven/org.apache.logging.log4j/log4j-core")));
        List<Finding> some = VexApplier.apply(List.of(finding(LOG4J, "CVE-X"), finding(OTHER, "CVE-X")),
                List.of(statement("CVE-X", narrowed, VexState.FIXED, null)), SBOM, new ArrayList<>());
        assertThat(some.get(0).vex().state()).isEqualTo(VexState.FIXED);
        assertThat(some.get(1).vex()).isNull();
    }

    @Test
    void shouldMatchByAliasAndLetTheLatestStatementWin() {
        var p = VexProduct.ofPurl("pkg:maven/org.apache.logging.log4j/log4j-core");
        List<Finding> out = VexApplier.apply(List.of(finding(LOG4J, "CVE-2021-44228", "GHSA-jfh8-c2jp-5v3q")), List.of(
                statement("GHSA-jfh8-c2jp-5v3q", p, VexState.UNDER_INVESTIGATION, "2021-12-11T00:00:00Z"),
                statement("CVE-2021-44228", p, VexState.AFFECTED, "2021-12-13T00:00:00Z"),
                statement("CVE-2021-44228", p, VexState.NOT_AFFECTED, "2021-12-12T00:00:00Z")), SBOM, new ArrayList<>());
        assertThat(out.get(0).vex().state()).isEqualTo(VexState.AFFECTED);
        assertThat(out.get(0).isOpen()).isTrue();
    }

    @Test
    void shouldHonourVersionRangesAndReportStatementsThatApplyToNothing() {
        var inRange = new VexProduct(null, "log4j", null, null, null, "vers:maven/>=2.0|<2.15.0", List.of());
        var outOfRange = new VexProduct(null, "other", null, null, "2.9.0", null, List.of());
        var notes = new ArrayList<String>();
        List<Finding> out = VexApplier.apply(List.of(finding(LOG4J, "CVE-A"), finding(OTHER, "CVE-A")),
                List.of(statement("CVE-A", inRange, VexState.NOT_AFFECTED, null), statement("CVE-A", outOfRange, VexState.NOT_AFFECTED, null),
                        statement("CVE-B", inRange, VexState.NOT_AFFECTED, null)), SBOM, notes);
        assertThat(out.get(0).vex()).isNotNull();
        assertThat(out.get(1).vex()).isNull();
        assertThat(notes).hasSize(2).allSatisfy(n -> assertThat(n).contains("applies to no finding"));
    }

    @Test
    void shouldFollowABomLinkToThisSbom() {
        var link = new VexProduct(null, "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#log4j", null, null, null, null, List.of());
        List<Finding> out = VexApplier.apply(List.of(finding(LOG4J, "CVE-A")), List.of(statement("CVE-A", link, VexState.FIXED, null)), SBOM,
                new ArrayList<>());
        assertThat(out.get(0).vex().state()).isEqualTo(VexState.FIXED);
    }
}
