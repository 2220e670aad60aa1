package dev.craft.vuln.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws every scheme's ordering must obey, checked on generated versions: reflexive, antisymmetric, transitive,
 * and consistent with {@code equals} and {@code hashCode}. A scheme that broke one would make range checks depend on
 * the order in which versions happen to be compared. Also: any string either parses or fails with
 * {@link InvalidVersionException}, never with another exception.
 */
class OrderingPropertiesTest {

    static void laws(String schemeId, String a, String b, String c) {
        VersionScheme s = VersionSchemes.byId(schemeId).orElseThrow();
        Version x = s.parse(a), y = s.parse(b), z = s.parse(c);
        assertThat(x.compareTo(x)).isZero();
        assertThat(Integer.signum(x.compareTo(y))).as("antisymmetric: %s vs %s", a, b).isEqualTo(-Integer.signum(y.compareTo(x)));
        if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) assertThat(x.compareTo(z)).as("transitive: %s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
        if (x.compareTo(y) >= 0 && y.compareTo(z) >= 0) assertThat(x.compareTo(z)).as("transitive: %s >= %s >= %s", a, b, c).isGreaterThanOrEqualTo(0);
        assertThat(x.equals(y)).as("equals consistent with compareTo: %s, %s", a, b).isEqualTo(x.compareTo(y) == 0);
        if (x.equals(y)) assertThat(x.hashCode()).as("hashCode: %s, %s", a, b).isEqualTo(y.hashCode());
    }

    @Property(tries = 400) void pypi(@ForAll("pypi") String a, @ForAll("pypi") String b, @ForAll("pypi") String c) { laws("pypi", a, b, c); }
    @Property(tries = 400) void npm(@ForAll("semver") String a, @ForAll("semver") String b, @ForAll("semver") String c) { laws("npm", a, b, c); }
    @Property(tries = 400) void golang(@ForAll("golang") String a, @ForAll("golang") String b, @ForAll("golang") String c) { laws("golang", a, b, c); }
    @Property(tries = 300) void cargo(@ForAll("semver") String a, @ForAll("semver") String b, @ForAll("semver") String c) { laws("cargo", a, b, c); }
    @Property(tries = 300) void generic(@ForAll("generic") String a, @ForAll("generic") String b, @ForAll("generic") String c) { laws("generic", a, b, c); }
    @Property(tries = 400) void maven(@ForAll("maven") String a, @ForAll("maven") String b, @ForAll("maven") String c) { laws("maven", a, b, c); }
    @Property(tries = 400) void gem(@ForAll("gem") String a, @ForAll("gem") String b, @ForAll("gem") String c) { laws("gem", a, b, c); }
    @Property(tries = 400) void nuget(@ForAll("nuget") String a, @ForAll("nuget") String b, @ForAll("nuget") String c) { laws("nuget", a, b, c); }
    @Property(tries = 400) void composer(@ForAll("composer") String a, @ForAll("composer") String b, @ForAll("composer") String c) { laws("composer", a, b, c); }
    @Property(tries = 400) void pub(@ForAll("pub") String a, @ForAll("pub") String b, @ForAll("pub") String c) { laws("pub", a, b, c); }
    @Property(tries = 400) void deb(@ForAll("deb") String a, @ForAll("deb") String b, @ForAll("deb") String c) { laws("deb", a, b, c); }
    @Property(tries = 400) void rpm(@ForAll("rpm") String a, @ForAll("rpm") String b, @ForAll("rpm") String c) { laws("rpm", a, b, c); }
    @Property(tries = 400) void apk(@ForAll("apk") String a, @ForAll("apk") String b, @ForAll("apk") String c) { laws("apk", a, b, c); }
    @Property(tries = 300) void alpm(@ForAll("alpm") String a, @ForAll("alpm") String b, @ForAll("alpm") String c) { laws("alpm", a, b, c); }
    @Property(tries = 300) void gentoo(@ForAll("gentoo") String a, @ForAll("gentoo") String b, @ForAll("gentoo") String c) { laws("gentoo", a, b, c); }
    @Property(tries = 300) void conan(@ForAll("conan") String a, @ForAll("conan") String b, @ForAll("conan") String c) { laws("conan", a, b, c); }
    @Property(tries = 300) void openssl(@ForAll("openssl") String a, @ForAll("openssl") String b, @ForAll("openssl") String c) { laws("openssl", a, b, c); }

    @Property(tries = 300)
    void shouldParseOrRefuseAnyTextWithoutOtherErrors(@ForAll String text) {
        for (VersionScheme s : VersionSchemes.all().values()) {
            try {
                s.parse(text);
            } catch (InvalidVersionException expected) {
                // refused with a reason: fine
            }
        }
    }

    // ---- generators: small alphabets so that equal and near-equal versions are common ----

    private static Arbitrary<String> num() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 12).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("00", "01", "007", "10", "2147483648", "20240101123456")));
    }

    /** Numbers within an int: NuGet allows no more (as System.Version), and epochs are small in practice. */
    private static Arbitrary<String> small() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 12).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("00", "01", "007", "10", "20240101")));
    }

    private static Arbitrary<String> dottedSmall(int min, int max) {
        return small().list().ofMinSize(min).ofMaxSize(max).map(l -> String.join(".", l));
    }

    private static Arbitrary<String> dotted(int min, int max) {
        return num().list().ofMinSize(min).ofMaxSize(max).map(l -> String.join(".", l));
    }

    private static Arbitrary<String> opt(Arbitrary<String> a) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just("")), net.jqwik.api.Tuple.of(1, a));
    }

    private static Arbitrary<String> join(List<Arbitrary<String>> parts) {
        return Combinators.combine(parts).as(l -> String.join("", l));
    }

    @Provide Arbitrary<String> pypi() {
        return join(List.of(opt(num().map(n -> n + "!")), dotted(1, 4),
                opt(join(List.of(Arbitraries.of("a", "b", "rc", "alpha", "c", "pre"), opt(num())))),
                opt(join(List.of(Arbitraries.of(".post", "-"), num()))), opt(join(List.of(Arbitraries.just(".dev"), num()))),
                opt(join(List.of(Arbitraries.just("+"), Arbitraries.of("abc", "1", "ubuntu.1", "a.b", "2"))))));
    }

    private static Arbitrary<String> preIds() {
        return Arbitraries.of("alpha", "beta", "rc", "0", "1", "2", "11", "x-y", "a1").list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
    }

    @Provide Arbitrary<String> semver() {
        return join(List.of(dotted(3, 3), opt(preIds().map(p -> "-" + p)), opt(Arbitraries.of("+build", "+1"))));
    }

    @Provide Arbitrary<String> golang() {
        return join(List.of(Arbitraries.just("v"), dotted(3, 3),
                opt(Arbitraries.of("-0.20200101000000-abcdef123456", "-0.20210101000000-bbbbbbbbbbbb", "-pre", "-20200101000000-abc")),
                opt(Arbitraries.just("+incompatible"))));
    }

    @Provide Arbitrary<String> generic() {
        return join(List.of(dotted(1, 5), opt(preIds().map(p -> "-" + p))));
    }

    @Provide Arbitrary<String> maven() {
        return join(List.of(dotted(1, 4), opt(Arbitraries.of("-alpha-1", "-beta", "-rc1", "-SNAPSHOT", ".RELEASE", "-sp1", "-1", ".Final", "a1", "-m2"))));
    }

    @Provide Arbitrary<String> gem() {
        return join(List.of(dotted(1, 4), opt(Arbitraries.of(".pre", ".rc1", ".a", ".beta.2", "-rc1", ".0.rc", ".a1", ".B"))));
    }

    @Provide Arbitrary<String> nuget() {
        return join(List.of(dottedSmall(1, 4), opt(Arbitraries.of("-alpha", "-BETA", "-beta.2", "-rc.10", "-rc.9", "-1")), opt(Arbitraries.of("+meta"))));
    }

    @Provide Arbitrary<String> composer() {
        // Composer accepts at most five digits in the major number (longer ones are read as dates).
        var composerNumbers = Arbitraries.integers().between(0, 12).map(String::valueOf).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
        return join(List.of(opt(Arbitraries.just("v")), composerNumbers, opt(Arbitraries.of("-alpha", "-alpha2", "-beta1", "-RC1", "-rc2", "-patch1", "-p1", "-dev"))));
    }

    @Provide Arbitrary<String> pub() {
        return join(List.of(dotted(3, 3), opt(preIds().map(p -> "-" + p)), opt(Arbitraries.of("+1", "+2", "+build.3"))));
    }

    @Provide Arbitrary<String> deb() {
        return join(List.of(opt(num().map(n -> n + ":")), dotted(1, 3), opt(Arbitraries.of("~rc1", "~", "~~", "+dfsg", "a", ".")),
                opt(Arbitraries.of("-1", "-0", "-1ubuntu1", "-2+deb10u1", "-1~bpo1"))));
    }

    @Provide Arbitrary<String> rpm() {
        return join(List.of(opt(small().map(n -> n + ":")), dotted(1, 3), opt(Arbitraries.of("~rc1", "^git1", "a", "_1")),
                Arbitraries.of("-1", "-2.el8", "-1.el7", "-0")));
    }

    @Provide Arbitrary<String> apk() {
        return join(List.of(dotted(1, 3), opt(Arbitraries.of("a", "b")), opt(Arbitraries.of("_alpha1", "_beta", "_rc2", "_p1", "_pre1", "_cvs2", "_git20200101")),
                opt(Arbitraries.of("-r0", "-r1", "-r10"))));
    }

    @Provide Arbitrary<String> alpm() {
        // pacman compares releases only when both sides have one, which makes "missing" non-transitive; releases are always given here.
        return join(List.of(opt(num().map(n -> n + ":")), dotted(1, 3), opt(Arbitraries.of("a", ".a", "rc1", "b")), Arbitraries.of("-1", "-2", "-10")));
    }

    @Provide Arbitrary<String> gentoo() {
        return join(List.of(dotted(1, 3), opt(Arbitraries.of("a", "b")), opt(Arbitraries.of("_alpha", "_beta2", "_pre1", "_rc3", "_p", "_p2", "_alpha_p1")),
                opt(Arbitraries.of("-r0", "-r1", "-r2"))));
    }

    @Provide Arbitrary<String> conan() {
        return join(List.of(dotted(1, 4), opt(Arbitraries.of(".a", ".b", "-alpha", "-alpha.1", "-beta", "-")), opt(Arbitraries.of("+1", "+build"))));
    }

    @Provide Arbitrary<String> openssl() {
        return join(List.of(dotted(3, 3), opt(Arbitraries.of("a", "b", "z", "za", "zb")), opt(Arbitraries.of("-beta1", "-alpha2", "-pre3"))));
    }
}
