package dev.craft.sbom.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.common.InputException;
import dev.craft.sbom.SbomReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile inputs are refused quickly, with a message that says why, and without unbounded memory. */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private static InputException refused(String name, byte[] content) {
        var e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(QUICKLY,
                () -> org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> SbomReader.read(name, content)));
        return e;
    }

    @Test
    void shouldRefuseXmlExternalEntityWhenDoctypeDeclaresOne() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"><components><component type="library">
                <name>&xxe;</name></component></components></bom>
                """;
        var e = refused("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).contains("DOCTYPE").contains("line 2").doesNotContain("root:");
    }

    @Test
    void shouldRefuseEntityExpansionBombWhenDoctypeDefinesNestedEntities() {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE bom [\n<!ENTITY a0 \"lol\">\n");
        for (int i = 1; i < 12; i++) sb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        sb.append("]>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"><metadata><component type=\"library\"><name>&a11;</name></component></metadata></bom>");
        var e = refused("bomb.xml", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).contains("DOCTYPE");
    }

    @Test
    void shouldRefuseJsonNestedVeryDeeply() {
        String deep = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"metadata\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        var e = refused("deep.json", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).contains("refused").contains("nesting depth");
    }

    @Test
    void shouldRefuseXmlNestedVeryDeeply() {
        String deep = "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"><metadata>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</metadata></bom>";
        var e = refused("deep.xml", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).containsAnyOf("nested deeper", "maxElementDepth", "depth");
    }

    @Test
    void shouldRefuseInvalidUtf8WithTheByteOffset() {
        byte[] head = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"library\",\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xC3;       // starts a 2-byte sequence ...
        content[head.length + 1] = (byte) 0x28;   // ... that this byte cannot continue
        System.arraycopy(tail, 0, content, head.length + 2, tail.length);
        var e = refused("bad-utf8.json", content);
        assertThat(e.problems().get(0).location()).isEqualTo("byte " + (head.length + 1));
        assertThat(e.getMessage()).contains("invalid UTF-8");
    }

    @Test
    void shouldRefuseOverlongUtf8EncodingInTagValue() {
        byte[] content = "SPDXVersion: SPDX-2.3\nDocumentName: \u0000x\n".getBytes(StandardCharsets.UTF_8);
        int at = new String(content, StandardCharsets.UTF_8).indexOf('\u0000');
        byte[] bad = new byte[content.length + 1];
        System.arraycopy(content, 0, bad, 0, at);
        bad[at] = (byte) 0xC0;      // overlong encoding of U+0000
        bad[at + 1] = (byte) 0x80;
        System.arraycopy(content, at + 1, bad, at + 2, content.length - at - 1);
        var e = refused("overlong.spdx", bad);
        assertThat(e.problems().get(0).location()).isEqualTo("byte " + at);
    }

    @Test
    void shouldRefuseA2GigabyteFileBeforeReadingIt() throws IOException {
        Path huge = tmp.resolve("huge.cdx.json");
        try (var f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write("{\"bomFormat\":\"CycloneDX\",".getBytes(StandardCharsets.UTF_8));
            f.setLength(2L * 1024 * 1024 * 1024); // sparse: takes no disk space
        }
        var e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(QUICKLY,
                () -> org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> SbomReader.read(huge)));
        assertThat(e.getMessage()).contains("larger than the limit");
    }

    @Test
    void shouldStopReadingAStreamThatGrowsPastTheLimit() {
        byte[] content = ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[" + "{\"type\":\"library\",\"name\":\"x\"},".repeat(2000)
                + "{\"type\":\"library\",\"name\":\"y\"}]}").getBytes(StandardCharsets.UTF_8);
        var input = SbomInput.of("small-limit.json", content, InputLimits.defaults().withMaxBytes(10_000));
        assertThatThrownBy(() -> SbomReader.read(input)).isInstanceOf(InputException.class).hasMessageContaining("larger than the limit of 10000 bytes");
    }

    @Test
    void shouldRefuseAZipBombWithoutUnpackingIt() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bom.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) zip.write(zeros); // 1 GiB of zeros, about 1 MB compressed
            zip.closeEntry();
        }
        var e = refused("bomb.zip", bytes.toByteArray());
        assertThat(e.getMessage()).contains("zip archive").contains("does not unpack");
    }

    @Test
    void shouldRefuseUtf16WithAHint() {
        byte[] utf16 = "\uFEFF{\"bomFormat\":\"CycloneDX\"}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(refused("utf16.json", utf16).getMessage()).contains("UTF-16");
    }

    @Test
    void shouldRefuseEmptyAndNonSbomInput() {
        assertThat(refused("empty.json", new byte[0]).getMessage()).contains("empty");
        assertThat(refused("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("not a CycloneDX or SPDX document");
        assertThat(refused("pom.xml", "<project/>".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("<project>");
    }

}
