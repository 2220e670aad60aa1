package dev.craft.vuln.output;

import dev.craft.vuln.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a scan result in any {@link ScanFormat}. */
public final class ScanWriters {

    private ScanWriters() {}

    /**
     * @param craftVersion the craft version named as the tool in SARIF and CycloneDX output
     */
    public static void write(ScanResult result, ScanFormat format, Writer out, String craftVersion) throws IOException {
        switch (format) {
            case TABLE -> TableWriter.write(result, out);
            case JSON -> JsonWriter.write(result, out, craftVersion);
            case SARIF -> SarifWriter.write(result, out, craftVersion);
            case CYCLONEDX_VDR -> VdrWriter.write(result, out, craftVersion);
            case CSV -> CsvWriter.write(result, out);
        }
        out.flush();
    }
}
