package dev.craft.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.vuln.ingest.Importers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OSV range semantics in full, through the public {@link Matcher#match(Advisory, String)}. */
class OsvRangeEvaluationTest {

    static Advisory osv(String affectedJson) {
        return Importers.parseOsv("{\"id\": \"TEST-1\", \"aliases\": [\"CVE-2099-0001\"], \"affected\": [" + affectedJson + "]}", "test");
    }

    static MatchOutcome match(Advisory a, String purl) {
        return new Matcher(MatchIndex.build(AdvisoryStore.empty())).match(a, purl);
    }

    static String verdict(MatchOutcome o) {
        return switch (o) {
            case MatchOutcome.Affected a -> "affected";
            case MatchOutcome.NotAffected n -> "not-affected";
            case MatchOutcome.CouldNotCheck c -> "could-not-check";
        };
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0.9,    affected
            1.0,    affected
            1.4.9,  affected
            1.5,    not-affected
            1.7,    not-affected
            2.0,    affected
            2.4,    affected
            2.4.1,  not-affected
            3.0rc1, affected
            3.0,    not-affected
            """)
    void shouldEvaluateIntroducedFixedAndLastAffectedInVersionOrder(String version, String expected) {
        // Events deliberately out of order: OSV evaluates them sorted by version.
        Advisory a = osv("""
                {"package": {"ecosystem": "PyPI", "name": "demo"}, "ranges": [{"type": "ECOSYSTEM", "events": [
                  {"introduced": "2.0"}, {"fixed": "1.5"}, {"introduced": "0"}, {"last_affected": "2.4"},
                  {"introduced": "3.0a1"}, {"fixed": "3.0"}]}]}""");
        assertThat(verdict(match(a, "pkg:pypi/demo@" + version))).isEqualTo(expected);
    }

    @Test
    void shouldStopARangeAtItsLimit() {
        Advisory a = osv("""
                {"package": {"ecosystem": "npm", "name": "demo"}, "ranges": [{"type": "SEMVER", "events": [
                  {"introduced": "1.0.0"}, {"limit": "2.0.0"}]}]}""");
        assertThat(verdict(match(a, "pkg:npm/demo@1.9.9"))).isEqualTo("affected");
        assertThat(verdict(match(a, "pkg:npm/demo@2.0.0"))).isEqualTo("not-affected");
    }

    @Test
    void shouldMatchTheExplicitVersionsListUnderTheEcosystemsEquality() {
        Advisory a = osv("{\"package\": {\"ecosystem\": \"PyPI\", \"name\": \"Demo_Pkg\"}, \"versions\": [\"1.0\", \"1.1\"]}");
        assertThat(verdict(match(a, "pkg:pypi/demo-pkg@1.0.0"))).isEqualTo("affected");
        assertThat(verdict(match(a, "pkg:pypi/demo.pkg@1.2"))).isEqualTo("not-affected");
    }

    @Test
    void shouldNotReadAGitOnlyRangeAsAffectingEveryVersion() {
        Advisory a = osv("""
                {"package": {"ecosystem": "PyPI", "name": "demo"}, "ranges": [{"type": "GIT", "repo": "https://example.org/demo.git",
                  "events": [{"introduced": "0"}, {"fixed": "abc123"}]}]}""");
        MatchOutcome o = match(a, "pkg:pypi/demo@1.0");
        assertThat(o).isInstanceOf(MatchOutcome.CouldNotCheck.class);
        assertThat(((MatchOutcome.CouldNotCheck) o).reason()).contains("GIT").contains("cannot be evaluated");
    }

    @Test
    void shouldUseTheListedVersionsOfAGitRangeAndSaySoWhenNotListed() {
        Advisory a = osv("""
                {"package": {"ecosystem": "PyPI", "name": "demo"}, "versions": ["1.0"], "ranges": [{"type": "GIT", "repo": "r",
                  "events": [{"introduced": "0"}, {"fixed": "abc123"}]}]}""");
        assertThat(verdict(match(a, "pkg:pypi/demo@1.0"))).isEqualTo("affected");
        MatchOutcome o = match(a, "pkg:pypi/demo@2.0");
        assertThat(o).isInstanceOf(MatchOutcome.NotAffected.class);
        assertThat(o.explanations().get(0).detail()).contains("GIT ranges").contains("not evaluated");
    }

    @Test
    void shouldReportCouldNotCheckWhenARecordHasNeitherRangesNorVersions() {
        Advisory a = osv("{\"package\": {\"ecosystem\": \"PyPI\", \"name\": \"demo\"}}");
        MatchOutcome o = match(a, "pkg:pypi/demo@1.0");
        assertThat(o).isInstanceOf(MatchOutcome.CouldNotCheck.class);
        assertThat(((MatchOutcome.CouldNotCheck) o).reason()).contains("does not mean every version");
    }

    @Nested
    class WhenSomethingCannotBeParsed {
        @Test
        void shouldReportCouldNotCheckForAnUnparseableEventUnlessAnotherRangeMatches() {
            Advisory a = osv("""
                    {"package": {"ecosystem": "PyPI", "name": "demo"}, "ranges": [
                      {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "fix.patch"}]},
                      {"type": "ECOSYSTEM", "events": [{"introduced": "2.0"}, {"fixed": "2.1"}]}]}""");
            assertThat(verdict(match(a, "pkg:pypi/demo@2.0.5"))).isEqualTo("affected");
            MatchOutcome o = match(a, "pkg:pypi/demo@1.0");
            assertThat(o).isInstanceOf(MatchOutcome.CouldNotCheck.class);
            assertThat(((MatchOutcome.CouldNotCheck) o).reason()).contains("fix.patch");
        }

        @Test
        void shouldReportCouldNotCheckForAComponentVersionTheSchemeCannotRead() {
            Advisory a = osv("{\"package\": {\"ecosystem\": \"PyPI\", \"name\": \"demo\"}, \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"2.0\"}]}]}");
            MatchOutcome o = match(a, "pkg:pypi/demo@not-a-version");
            assertThat(o).isInstanceOf(MatchOutcome.CouldNotCheck.class);
            assertThat(((MatchOutcome.CouldNotCheck) o).reason()).contains("not a valid pypi version");
        }
    }

    @Test
    void shouldEvaluateSemverRangesInSemverOrderWithGoVersions() {
        Advisory a = osv("""
                {"package": {"ecosystem": "Go", "name": "github.com/example/mod"}, "ranges": [{"type": "SEMVER", "events": [
                  {"introduced": "0"}, {"fixed": "1.6.0"}]}]}""");
        MatchOutcome o = match(a, "pkg:golang/github.com/example/mod@v1.5.9");
        assertThat(o).isInstanceOf(MatchOutcome.Affected.class);
        assertThat(o.explanations().get(0).range()).isEqualTo("vers:semver/<1.6.0");
        assertThat(o.explanations().get(0).matcher()).isEqualTo("ecosystem");
        assertThat(verdict(match(a, "pkg:golang/github.com/example/mod@v1.6.0"))).isEqualTo("not-affected");
        assertThat(verdict(match(a, "pkg:golang/github.com/example/mod@v0.0.0-20200101000000-abcdef123456"))).isEqualTo("affected");
    }

    @Test
    void shouldRecordTheGenericFallbackWhenTheEcosystemHasNoScheme() {
        Advisory a = osv("""
                {"package": {"ecosystem": "GitHub Actions", "name": "actions/demo"}, "ranges": [{"type": "ECOSYSTEM", "events": [
                  {"introduced": "0"}, {"fixed": "2.1.0"}]}]}""");
        MatchOutcome o = match(a, "pkg:githubactions/actions%2Fdemo@2.0.0");
        assertThat(o).isInstanceOf(MatchOutcome.Affected.class);
        assertThat(o.explanations().get(0).fallback()).contains("generic SemVer ordering");
    }

    @Test
    void shouldSkipAnotherDistributionReleaseAndNoteAnUnknownOne() {
        Advisory a = osv("""
                {"package": {"ecosystem": "Debian:11", "name": "openssl"}, "ranges": [{"type": "ECOSYSTEM", "events": [
                  {"introduced": "0"}, {"fixed": "1.1.1n-0+deb11u1"}]}]}""");
        assertThat(verdict(match(a, "pkg:deb/debian/openssl@1.1.1k-1?distro=debian-12"))).isEqualTo("not-affected");
        assertThat(verdict(match(a, "pkg:deb/debian/openssl@1.1.1k-1?distro=bullseye"))).isEqualTo("affected");
        MatchOutcome o = match(a, "pkg:deb/debian/openssl@1.1.1k-1");
        assertThat(o).isInstanceOf(MatchOutcome.Affected.class);
        assertThat(o.explanations().get(0).fallback()).contains("no distribution release");
    }

    @Test
    void shouldNeverMatchAWithdrawnAdvisory() {
        Advisory a = Importers.parseOsv("""
                {"id": "W-1", "withdrawn": "2023-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm", "name": "demo"},
                  "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}""", "test");
        assertThat(verdict(match(a, "pkg:npm/demo@1.0.0"))).isEqualTo("not-affected");
        assertThat(MatchIndex.packageKeysOf(a)).isEmpty();
        assertThat(MatchIndex.build(AdvisoryStore.of(java.util.List.of(snapshot(a)))).advisories()).isZero();
    }

    static SourceSnapshot snapshot(Advisory... advisories) {
        return dev.craft.vuln.testing.Fixtures.snapshot(advisories);
    }
}
