package dev.craft.vuln.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each ecosystem's reference ordering, as its own tool documents it (pip/packaging, node-semver, Go's semver,
 * dpkg, rpm, apk-tools, RubyGems, NuGet, Composer, pub_semver, Maven): {@code a < b}, or {@code a == b}.
 */
class EcosystemOrderingTest {

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            pypi     | 1.0.dev0       | <  | 1.0a0
            pypi     | 1.0a1          | <  | 1.0a1.post1
            pypi     | 1.0a1.post1.dev1 | < | 1.0a1.post1
            pypi     | 1.0a2          | <  | 1.0b1
            pypi     | 1.0b1          | <  | 1.0rc1
            pypi     | 1.0rc1         | <  | 1.0
            pypi     | 1.0            | <  | 1.0+local
            pypi     | 1.0+local      | <  | 1.0.post1.dev1
            pypi     | 1.0.post1.dev1 | <  | 1.0.post1
            pypi     | 1.0.post1      | <  | 1.1.dev1
            pypi     | 1.0            | == | 1.0.0
            pypi     | 1.0-1          | == | 1.0.post1
            pypi     | 1.0pre1        | == | 1.0rc1
            pypi     | 1.0alpha1      | == | 1.0a1
            pypi     | 1.0.dev        | == | 1.0.dev0
            pypi     | 1.0.post       | == | 1.0.post0
            pypi     | 1!0.1          | >  | 2.0
            pypi     | 1.0+abc.5      | <  | 1.0+abc.10
            pypi     | 1.0+abc        | <  | 1.0+1
            pypi     | 1.0.2147483648 | >  | 1.0.2147483647
            pypi     | 2021.10.8      | >  | 2021.9.30
            npm      | 1.0.0-alpha    | <  | 1.0.0-alpha.1
            npm      | 1.0.0-alpha.1  | <  | 1.0.0-alpha.beta
            npm      | 1.0.0-alpha.beta | < | 1.0.0-beta
            npm      | 1.0.0-beta.2   | <  | 1.0.0-beta.11
            npm      | 1.0.0-beta.11  | <  | 1.0.0-rc.1
            npm      | 1.0.0-rc.1     | <  | 1.0.0
            npm      | 1.0.0+build.1  | == | 1.0.0
            npm      | v1.2.3         | == | 1.2.3
            npm      | 1.2.4294967296 | >  | 1.2.3
            golang   | v0.0.0-20200101000000-abcdef123456 | < | v0.1.0
            golang   | v1.2.3         | <  | v1.2.4-0.20201203163018-be400aefbc4c
            golang   | v1.2.4-0.20201203163018-be400aefbc4c | < | v1.2.4
            golang   | v2.0.0+incompatible | == | v2.0.0
            golang   | v1.10.0        | >  | v1.9.9
            cargo    | 1.0.0-alpha    | <  | 1.0.0
            hex      | 1.0.0-rc.0     | <  | 1.0.0
            deb      | 1.0~rc1        | <  | 1.0
            deb      | 1.0~~          | <  | 1.0~
            deb      | 1:0.1          | >  | 2.0
            deb      | 1.00           | == | 1.0
            deb      | 2.30-1ubuntu1  | >  | 2.30-1
            deb      | 1.0-1+deb10u1  | >  | 1.0-1
            rpm      | 1.0~rc1        | <  | 1.0
            rpm      | 1.0^git1       | >  | 1.0
            rpm      | 1.0^git1       | <  | 1.0.1
            rpm      | 1:1.0          | >  | 2.0
            rpm      | 1.0-1.el8      | >  | 1.0-1.el7
            apk      | 1.0_alpha1     | <  | 1.0_beta1
            apk      | 1.0_rc1        | <  | 1.0
            apk      | 1.0            | <  | 1.0_p1
            apk      | 1.2.3-r0       | <  | 1.2.3-r1
            gem      | 2.2.0.rc1      | <  | 2.2.0
            gem      | 1.0.a          | <  | 1.0
            gem      | 1.0.0          | == | 1.0
            gem      | 1.0.0-rc1      | == | 1.0.0.pre.rc1
            gem      | 1.0.b1         | <  | 1.0.b2
            gem      | 1.9            | <  | 1.10
            gem      | 5.2.4.6        | >  | 5.2.4
            nuget    | 1.0.0-BETA     | == | 1.0.0-beta
            nuget    | 1.0.0-beta.9   | <  | 1.0.0-beta.10
            nuget    | 1.0            | == | 1.0.0.0
            nuget    | 1.0.0          | <  | 1.0.0.1
            composer | 1.0.0-alpha2   | <  | 1.0.0-alpha10
            composer | 1.0.0-beta     | <  | 1.0.0-RC1
            composer | 1.0.0-RC1      | <  | 1.0.0
            composer | 1.0.0          | <  | 1.0.0-patch1
            composer | v2.1.3         | == | 2.1.3
            composer | 1.0            | == | 1.0.0.0
            pub      | 1.0.0-dev      | <  | 1.0.0
            pub      | 1.0.0          | <  | 1.0.0+1
            pub      | 1.0.0+1        | <  | 1.0.0+2
            pub      | 1.0.0-alpha.2  | <  | 1.0.0-alpha.10
            maven    | 1.0-alpha-1    | <  | 1.0
            maven    | 1.0-SNAPSHOT   | <  | 1.0
            maven    | 1.0            | == | 1.0.0
            maven    | 1.0.RELEASE    | == | 1.0
            maven    | 2.12.6.1       | >  | 2.12.6
            maven    | 1.0-rc1        | <  | 1.0
            semver   | 1.2            | == | 1.2.0
            generic  | 1.2.3.4        | >  | 1.2.3
            generic  | 1.2.3.0        | == | 1.2.3
            """)
    void shouldOrderLikeTheEcosystemsReferenceTool(String scheme, String a, String relation, String b) {
        VersionScheme s = VersionSchemes.byId(scheme).orElseThrow();
        Version va = s.parse(a), vb = s.parse(b);
        int expected = switch (relation) {
            case "<" -> -1;
            case ">" -> 1;
            default -> 0;
        };
        assertThat(Integer.signum(va.compareTo(vb))).as(a + " vs " + b).isEqualTo(expected);
        assertThat(Integer.signum(vb.compareTo(va))).as(b + " vs " + a).isEqualTo(-expected);
        assertThat(va.equals(vb)).isEqualTo(expected == 0);
        if (expected == 0) assertThat(va.hashCode()).isEqualTo(vb.hashCode());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pypi   | 1.0.foo
            pypi   | not a version
            npm    | 1.2.3.4
            npm    | 1.x
            golang | latest
            gem    | 1.0 beta
            pub    | 1.0
            maven  | ' '
            """)
    void shouldRejectWhatTheEcosystemRejects(String scheme, String text) {
        VersionScheme s = VersionSchemes.byId(scheme).orElseThrow();
        assertThatThrownBy(() -> s.parse(text)).isInstanceOf(InvalidVersionException.class).hasMessageContaining(scheme);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Maven        | maven   | maven
            npm          | npm     | npm
            PyPI         | pypi    | pypi
            Go           | golang  | golang
            crates.io    | cargo   | cargo
            NuGet        | nuget   | nuget
            RubyGems     | gem     | gem
            Packagist    | composer| composer
            Hex          | hex     | hex
            Pub          | pub     | pub
            Debian:11    | deb     | deb
            Ubuntu:22.04:LTS | deb | deb
            Alpine:v3.16 | apk     | apk
            Rocky Linux:8 | rpm    | rpm
            Bitnami      | bitnami | semver
            """)
    void shouldMapEachOsvEcosystemToOnePurlTypeAndScheme(String ecosystem, String purlType, String scheme) {
        var eco = VersionSchemes.osvEcosystem(ecosystem);
        assertThat(eco.purlType()).isEqualTo(purlType);
        assertThat(VersionSchemes.forPurlType(purlType).orElseThrow().id()).isEqualTo(scheme);
    }
}
