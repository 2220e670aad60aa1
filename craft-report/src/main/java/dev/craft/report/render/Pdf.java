package dev.craft.report.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders craft's XHTML to PDF with openhtmltopdf on PDFBox 3, using the PDF base fonts (nothing embedded) and
 * refusing every external resource: the document is self-contained and renders the same everywhere.
 */
public final class Pdf {

    static {
        // openhtmltopdf logs every rendering step (stylesheets, matchers) at INFO through JUL; craft reports its own errors.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private Pdf() {}

    static byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withProducer("craft")
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withDiagnosticConsumer(d -> { })
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
