package dev.craft.sbom.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FastSchemaTest {

    private static final Pattern HASH_CONTENT = Pattern.compile(com.networknt.schema.regex.RegularExpressions
            .replaceLongformCharacterProperties(com.networknt.schema.regex.RegularExpressions.replaceDollarAnchors(FastSchema.HASH_CONTENT)));

    @Property(tries = 2000)
    void shouldJudgeHashContentLikeTheSchemaPatternWhenGivenAnyString(@ForAll("hashLike") String s) {
        assertThat(FastSchema.isHexDigest(s)).as(s).isEqualTo(HASH_CONTENT.matcher(s).find());
    }

    @Provide
    Arbitrary<String> hashLike() {
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdefABCDEFgz \n").ofMinLength(0).ofMaxLength(130);
        Arbitrary<String> exact = Arbitraries.of(32, 40, 64, 96, 128, 31, 65).flatMap(n ->
                Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(n));
        Arbitrary<String> trailing = exact.map(s -> s + "\n");
        return Arbitraries.oneOf(hex, exact, trailing);
    }
}
