package dev.craft.sbom.purl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trip and canonical-form properties over generated components and generated purl-like strings. */
class PurlPropertiesTest {

    /** A type, and whether it requires (true), forbids (false) or allows (null) a namespace. */
    private static final Map<String, Boolean> TYPES = Map.of(
            "generic", Boolean.TRUE, "npm", Boolean.TRUE, "maven", Boolean.TRUE, "deb", Boolean.TRUE,
            "brew", Boolean.TRUE, "composer", Boolean.TRUE, "pypi", Boolean.FALSE, "nuget", Boolean.FALSE,
            "cargo", Boolean.FALSE, "x-custom.type+1", Boolean.FALSE);

    @Property(tries = 2000)
    void shouldParseTheCanonicalStringBackToTheSamePurl(@ForAll("purls") Purl p) {
        String canonical = p.toString();
        assertThat(Purl.parse(canonical)).isEqualTo(p);
        assertThat(Purl.parseLenient(canonical)).isEqualTo(p);
    }

    @Property(tries = 2000)
    void shouldKeepTheCanonicalFormWhenCanonicalisedTwice(@ForAll("purlLike") String input) {
        Purl first;
        try {
            first = Purl.parseLenient(input);
        } catch (MalformedPurlException e) {
            return; // most random strings are no purls; the property is about those that are
        }
        String canonical = first.toString();
        assertThat(Purl.parse(canonical).toString()).isEqualTo(canonical);
        assertThat(canonical.substring(4)).matches("[A-Za-z0-9.\\-_~:%/@?=&#+]*");
    }

    @Provide
    Arbitrary<Purl> purls() {
        Arbitrary<String> type = Arbitraries.of(List.copyOf(TYPES.keySet()));
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("äé€中").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> segment = text.filter(s -> s.indexOf('/') < 0 && !s.equals(".") && !s.equals(".."));
        Arbitrary<String> path = segment.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("/", l));
        Arbitrary<String> key = Arbitraries.strings().withCharRange('a', 'z').withChars("._-0123456789").ofMinLength(1).ofMaxLength(8)
                .filter(k -> Character.isLetter(k.charAt(0)));
        Arbitrary<Map<String, String>> qualifiers = Arbitraries.maps(key, text).ofMaxSize(3);
        return Combinators.combine(type, path, text, text.injectNull(0.3), qualifiers, path.injectNull(0.5))
                .as((t, ns, name, version, q, sub) -> Purl.builder(t, name)
                        .namespace(Boolean.FALSE.equals(TYPES.get(t)) ? null : ns)
                        .version(version).qualifiers(q).subpath(sub).build());
    }

    @Provide
    Arbitrary<String> purlLike() {
        Arbitrary<String> body = Arbitraries.strings().withChars("abcXYZ019 ./@?#=&%:+-_~2Fé").ofMaxLength(40);
        Arbitrary<String> type = Arbitraries.of("npm", "Maven", "generic", "pypi", "deb", "golang", "git", "swid", "oci");
        return Combinators.combine(type, body).as((t, b) -> "pkg:" + t + "/" + b);
    }
}
