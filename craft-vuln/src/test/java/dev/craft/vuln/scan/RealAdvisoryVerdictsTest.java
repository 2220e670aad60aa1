package dev.craft.vuln.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.vuln.Advisory;
import dev.craft.vuln.MatchOutcome;
import dev.craft.vuln.Matcher;
import dev.craft.vuln.testing.SharedStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verdicts on real advisories from ../shared/data/osv (read in place), for versions on both sides of each boundary,
 * checked against each ecosystem's reference ordering by hand: pre-releases, post-releases, last_affected,
 * pseudo-versions, SEMVER ranges, converted databases whose original constraints decide, and GIT ranges.
 */
class RealAdvisoryVerdictsTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PYSEC-2006-1        | pkg:pypi/CherryPy@2.1.0                         | affected
            PYSEC-2006-1        | pkg:pypi/cherrypy@2.1.1                         | not-affected
            PYSEC-2006-1        | pkg:pypi/cherrypy@2.1.1rc1                      | affected
            PYSEC-2014-19       | pkg:pypi/django@1.4.12                          | affected
            PYSEC-2014-19       | pkg:pypi/django@1.4.13                          | not-affected
            PYSEC-2014-19       | pkg:pypi/django@1.5.7                           | affected
            PYSEC-2014-19       | pkg:pypi/django@1.6.5                           | not-affected
            PYSEC-2014-19       | pkg:pypi/django@1.7a2                           | affected
            PYSEC-2014-19       | pkg:pypi/django@1.7b4                           | not-affected
            PYSEC-2014-19       | pkg:pypi/django@1.7                             | not-affected
            PYSEC-2014-19       | pkg:pypi/django@1.3                             | not-affected
            PYSEC-2021-19       | pkg:pypi/lxml@4.6.2                             | affected
            PYSEC-2021-19       | pkg:pypi/lxml@4.6.3                             | not-affected
            GO-2020-0001        | pkg:golang/github.com/gin-gonic/gin@v1.5.0      | affected
            GO-2020-0001        | pkg:golang/github.com/gin-gonic/gin@v1.6.0      | not-affected
            GO-2020-0001        | pkg:golang/github.com/gin-gonic/gin@v0.0.0-20190101000000-abcdefabcdef | affected
            GO-2021-0053        | pkg:golang/github.com/gogo/protobuf@v1.3.1      | affected
            GO-2021-0053        | pkg:golang/github.com/gogo/protobuf@v1.3.2      | not-affected
            RUSTSEC-2016-0001   | pkg:cargo/openssl@0.8.3                         | affected
            RUSTSEC-2016-0001   | pkg:cargo/openssl@0.9.0                         | not-affected
            RUSTSEC-2016-0001   | pkg:cargo/openssl@0.10.0                        | not-affected
            x_NSWG-ECO-1        | pkg:npm/bassmaster@1.5.1                        | affected
            x_NSWG-ECO-1        | pkg:npm/bassmaster@1.5.2                        | not-affected
            x_NSWG-ECO-309      | pkg:npm/request@2.46.0                          | affected
            x_NSWG-ECO-309      | pkg:npm/request@2.48.0                          | not-affected
            x_NSWG-ECO-309      | pkg:npm/request@2.51.0                          | not-affected
            x_NSWG-ECO-309      | pkg:npm/request@2.51.1                          | affected
            x_NSWG-ECO-309      | pkg:npm/request@2.67.0                          | affected
            x_NSWG-ECO-309      | pkg:npm/request@2.68.0                          | not-affected
            GHSA-35jh-r3h4-6jhm | pkg:npm/lodash@4.17.20                          | affected
            GHSA-35jh-r3h4-6jhm | pkg:npm/lodash@4.17.21                          | not-affected
            GHSA-57j2-w4cx-62h2 | pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.12.6   | affected
            GHSA-57j2-w4cx-62h2 | pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.12.6.1 | not-affected
            GHSA-57j2-w4cx-62h2 | pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.13.0   | affected
            GHSA-57j2-w4cx-62h2 | pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.13.2.1 | not-affected
            GHSA-57j2-w4cx-62h2 | pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.14.0   | not-affected
            x_FRIENDSOFPHP:amphp:artax:CVE-2016-5385 | pkg:composer/amphp/artax@0.7.1 | not-affected
            x_FRIENDSOFPHP:amphp:artax:CVE-2016-5385 | pkg:composer/amphp/artax@0.7.2 | affected
            x_FRIENDSOFPHP:amphp:artax:CVE-2016-5385 | pkg:composer/amphp/artax@1.0.3 | affected
            x_FRIENDSOFPHP:amphp:artax:CVE-2016-5385 | pkg:composer/amphp/artax@1.0.4 | not-affected
            x_FRIENDSOFPHP:amphp:artax:CVE-2016-5385 | pkg:composer/amphp/artax@2.0.3 | affected
            x_FRIENDSOFPHP:amphp:artax:CVE-2016-5385 | pkg:composer/amphp/artax@2.0.4 | not-affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@4.0.13      | not-affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@4.1.0       | affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@4.1.14      | affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@4.1.14.1    | not-affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@4.2.5       | affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@4.2.5.1     | not-affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@5.0.0.beta1 | affected
            x_RUBYSEC:activemodel:CVE-2016-0753 | pkg:gem/activemodel@5.0.0.beta1.1 | not-affected
            x_RUBYSEC:actionpack:CVE-2013-4491  | pkg:gem/actionpack@3.2.15      | affected
            x_RUBYSEC:actionpack:CVE-2013-4491  | pkg:gem/actionpack@3.2.16      | not-affected
            x_RUBYSEC:actionpack:CVE-2013-4491  | pkg:gem/actionpack@3.3.0.rc1   | affected
            x_RUBYSEC:actionpack:CVE-2013-4491  | pkg:gem/actionpack@4.0.2       | not-affected
            BIT-activemq-2020-11998 | pkg:bitnami/activemq@5.15.11            | not-affected
            BIT-activemq-2020-11998 | pkg:bitnami/activemq@5.15.12            | affected
            BIT-activemq-2020-11998 | pkg:bitnami/activemq@5.15.13            | not-affected
            OSV-2021-1463       | pkg:generic/unicorn@2.0.0-rc1                   | affected
            OSV-2021-1463       | pkg:generic/unicorn@0.9                         | not-affected
            """)
    void shouldAgreeWithTheEcosystemsReferenceOrdering(String id, String purl, String expected) {
        Advisory advisory = SharedStore.index().advisory(id).orElseThrow(() -> new AssertionError("no advisory " + id));
        MatchOutcome o = new Matcher(SharedStore.index()).match(advisory, purl);
        String got = switch (o) {
            case MatchOutcome.Affected a -> "affected";
            case MatchOutcome.NotAffected n -> "not-affected";
            case MatchOutcome.CouldNotCheck c -> "could-not-check: " + c.reason();
        };
        assertThat(got).as(o.explanations().isEmpty() ? "" : o.explanations().get(0).summary()).isEqualTo(expected);
    }
}
