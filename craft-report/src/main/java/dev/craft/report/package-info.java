/**
 * craft report: Art 14 reporting cases (Regulation (EU) 2024/2847), from the signal to the filed reports and the
 * notice to users. Framework-free; the CLI and the server call the same code.
 *
 * <ul>
 *   <li>{@code cases}: the case model and every change to it ({@code CaseActions}), opening from signals;</li>
 *   <li>{@code applicability}: reportable or not, and why (Art 3(42), 14(5), 18, 19(5), 20(4), 21, 24(3), 69(3));</li>
 *   <li>{@code routing}: the coordinator CSIRT per Art 14(7), step by step;</li>
 *   <li>{@code clocks}: deadline warnings planned from the recomputed schedule (clocks: craft-assess);</li>
 *   <li>{@code drafts}, {@code render}: report drafts per stage and their JSON, Markdown and PDF;</li>
 *   <li>{@code notice}, {@code csaf}: the Art 14(8) user notice as text and CSAF 2.0;</li>
 *   <li>{@code rules}: the data file {@code art14-case-rules.yaml} with citations and open points.</li>
 * </ul>
 *
 * <p>Entry point: {@link dev.craft.report.CaseReviewer#review}. See docs/reporting.md.
 */
package dev.craft.report;
