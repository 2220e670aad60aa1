package dev.craft.sbom.purl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pkg:maven/org.apache.commons/io@1.3.4                          | pkg:maven/org.apache.commons/io@1.3.4
            pkg:Maven/org.apache.commons/io                                | pkg:maven/org.apache.commons/io
            pkg://maven/org.apache.commons/io                              | pkg:maven/org.apache.commons/io
            pkg:deb/debian/attr@1%3A2.4.47-2?arch=source                   | pkg:deb/debian/attr@1:2.4.47-2?arch=source
            pkg:deb/Debian/Attr@2.4.47-2+b1                                | pkg:deb/debian/attr@2.4.47-2%2Bb1
            pkg:npm/@babel/core#/lib/./x/                                  | pkg:npm/%40babel/core#lib/x
            pkg:brew/node@20@20.10.0                                       | pkg:brew/node%4020@20.10.0
            pkg:pypi/Django_Package@1.0                                    | pkg:pypi/django-package@1.0
            pkg:composer/Laravel/Framework@7.12.0                          | pkg:composer/laravel/framework@7.12.0
            pkg:cpan/gdt/URI-PackageURL                                    | pkg:cpan/GDT/URI-PackageURL
            pkg:generic/x?b=2&a=1&c=                                       | pkg:generic/x?a=1&b=2
            pkg:generic/x?url=https://example.org/a%20b,c                  | pkg:generic/x?url=https:%2F%2Fexample.org%2Fa%20b%2Cc
            pkg:git/codeberg.org/forgejo/forgejo@a72d2c0                   | pkg:git/codeberg.org/forgejo/forgejo@a72d2c0
            pkg:huggingface/EleutherAI/gpt-neo-1.3B@797174552AE47F         | pkg:huggingface/EleutherAI/gpt-neo-1.3B@797174552ae47f
            pkg:golang/go.opencensus.io@v0.23.0                            | pkg:golang/go.opencensus.io@v0.23.0
            pkg:generic/caf%C3%A9@1                                        | pkg:generic/caf%C3%A9@1
            """)
    void shouldWriteTheCanonicalFormWhenParsing(String input, String canonical) {
        Purl p = Purl.parse(input);
        assertThat(p).hasToString(canonical);
        assertThat(Purl.parse(canonical)).isEqualTo(p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EnterpriseLibrary.Common@6.0.1304                           | scheme
            pkg%3Amaven/org.apache.commons/io                           | scheme
            pkg:maven                                                   | expected pkg:type/name
            pkg:3nginx/nginx@0.8.9                                      | type: expected a letter first
            pkg:n&g/nginx@0.8.9                                         | type: expected only letters
            pkg:maven/@1.3.4                                            | name: a name is required
            pkg:maven/io@1.0                                            | namespace: this type requires a namespace
            pkg:pypi/org/django                                         | namespace: this type has no namespace
            pkg:npm/x@1?in%20production=true                            | qualifiers: key 'in%20production'
            pkg:gem/jruby-launcher@1.1.2?Platform=java                  | key 'Platform' must be lower-case
            pkg:npm/x?a=1&a=2                                           | appears twice
            pkg:npm/x?novalue                                           | expected key=value
            pkg:npm/x%zz                                                | name: '%' must be followed by two hex digits
            pkg:cpan/URI::PackageURL                                    | not a module name
            pkg:chrome-extension/dogs                                   | extension id of 32 letters a-p
            pkg:chrome-extension/dlpngalgnefjeiefhmpklpfiohadpglk@1.2.3.4.5 | 1 to 4 dot-separated numbers
            pkg:julia/Dates                                             | require the qualifier 'uuid'
            pkg:swid/Fedora@29                                          | require the qualifier 'tag_id'
            """)
    void shouldRejectWithTheReasonWhenInvalid(String input, String reason) {
        assertThatThrownBy(() -> Purl.parse(input)).isInstanceOf(MalformedPurlException.class).hasMessageContaining(reason);
    }

    @Test
    void shouldLowerCaseQualifierKeysWhenLenient() {
        assertThat(Purl.parseLenient("pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25"))
                .hasToString("pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25");
    }

    @Test
    void shouldDecodeComponentsWhenParsing() {
        Purl p = Purl.parse("pkg:generic/bitwarderl?vcs_url=git%2Bhttps://git.fsfe.org/dxtr/bitwarderl%40cc55108da32#a/b");
        assertThat(p.qualifiers()).containsExactlyEntriesOf(Map.of("vcs_url", "git+https://git.fsfe.org/dxtr/bitwarderl@cc55108da32"));
        assertThat(p.subpath()).isEqualTo("a/b");
        assertThat(p.namespace()).isNull();
    }

    @Test
    void shouldNormaliseWhenBuiltFromComponents() {
        Purl p = Purl.builder("Brew", "SQLite").namespace("/Homebrew//Core/").version("3.43.2")
                .qualifier("Repository_URL", "https://github.com/x").qualifier("empty", "").subpath("./a/../b/").build();
        assertThat(p).hasToString("pkg:brew/homebrew/core/sqlite@3.43.2?repository_url=https:%2F%2Fgithub.com%2Fx#a/b");
        assertThat(p.versionlessKey()).isEqualTo("brew/homebrew/core/sqlite#a/b");
        assertThat(p.withVersion(null)).hasToString("pkg:brew/homebrew/core/sqlite?repository_url=https:%2F%2Fgithub.com%2Fx#a/b");
    }

    @Test
    void shouldLowerCaseDatabricksModelNamesOnlyWhenTheRegistryIsDatabricks() {
        assertThat(Purl.parse("pkg:mlflow/CreditFraud@3?repository_url=https://adb-1.0.azuredatabricks.net/api").name()).isEqualTo("creditfraud");
        assertThat(Purl.parse("pkg:mlflow/CreditFraud@3?repository_url=https://westus2.api.azureml.ms/mlflow").name()).isEqualTo("CreditFraud");
    }

    @Test
    void shouldReturnEmptyWhenTryParseMeetsAMalformedPurl() {
        assertThat(Purl.tryParse("not a purl")).isEmpty();
        assertThat(Purl.tryParse(" ")).isEmpty();
        assertThat(Purl.tryParse(null)).isEmpty();
        assertThat(Purls.type("pkg:npm/lodash@4.17.21")).contains("npm");
        assertThat(Purls.versionlessKey("pkg:npm/%40angular/core@12.0.0?x=y")).contains("npm/%40angular/core");
    }

    @Test
    void shouldKnowEveryTypeOfTheSpecification() {
        assertThat(PurlTypes.knownTypes()).hasSize(42).contains("maven", "npm", "vscode-extension");
    }
}
