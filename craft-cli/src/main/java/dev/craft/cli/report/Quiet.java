package dev.craft.cli.report;

import org.slf4j.LoggerFactory;

/** Keeps library chatter off a command's output. */
final class Quiet {

    private Quiet() {}

    /**
     * PDFBox notes at WARN which installed font it measures each PDF base font with (craft embeds none, by design:
     * ADR 0053). Harmless, and noise on a terminal: only errors are shown.
     */
    static void pdfLibraries() {
        if (LoggerFactory.getLogger("org.apache.pdfbox") instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
