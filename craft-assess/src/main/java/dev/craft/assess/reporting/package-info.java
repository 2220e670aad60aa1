/**
 * Art 14 reporting clocks: when the early warning, the notification and the final report are due, and
 * where each report stands, for an actively exploited vulnerability (Art 14(1), (2)) or a severe incident
 * (Art 14(3), (4)).
 *
 * <p>Entry point: {@link dev.craft.assess.reporting.Art14Deadlines#compute(Art14Facts, java.time.Instant)}.
 * The periods and citations come from the knowledge base ({@code art14-reporting.yaml} in craft-kb); this
 * package only applies them. The same computation serves {@code craft deadlines}, the server's reporting
 * cases and their warnings.
 *
 * <p>Rules applied (see docs and the knowledge-base file for the citations):
 * <ul>
 *   <li>24 h and 72 h run from awareness, as exact elapsed time in UTC.</li>
 *   <li>Vulnerability final report: 14 days after a corrective or mitigating measure is available; not yet
 *       due while none is.</li>
 *   <li>Incident final report: one calendar month after the 72 h notification was actually submitted; not
 *       yet due while it has not been.</li>
 *   <li>Awareness before Art 14 applies is not reportable; products placed before 2027-12-11 are covered.</li>
 *   <li>Where the text is open (counting rules, month ends, time zone of the application date), craft
 *       takes the earlier reading and says so in the schedule's notes.</li>
 * </ul>
 */
package dev.craft.assess.reporting;
