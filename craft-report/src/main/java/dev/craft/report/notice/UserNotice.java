package dev.craft.report.notice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.report.cases.ImpactedCustomer;
import dev.craft.report.cases.NoticeRecord;
import java.time.Instant;
import java.util.List;

/**
 * The notice to users of a case (Art 14(8)): the text to send, the CSAF document for machines, and the list of
 * impacted customers to send it to (for the manufacturer; not part of the text).
 *
 * @param caseId            the case
 * @param revision          1, 2, ...: the CSAF tracking version
 * @param issued            false for the draft of the next revision, true for an issued one
 * @param date              when issued, or when drafted
 * @param audience          impacted users, or all users
 * @param title             heading
 * @param summary           two or three sentences
 * @param affectedProducts  releases concerned
 * @param fixedIn           releases that fix it
 * @param userActions       what users should do (risk-mitigation and corrective measures)
 * @param contact           where users ask questions
 * @param impactedCustomers known customers using affected releases
 * @param missing           what to record before the notice is complete
 * @param notes             the law around the notice (Art 14(8), Guidance pts 219 to 221)
 * @param text              the plain-text notice
 * @param csaf              the CSAF 2.0 document; null when it cannot be built (see {@code missing})
 */
public record UserNotice(String caseId, int revision, boolean issued, Instant date, NoticeRecord.Audience audience, String title,
                         String summary, List<String> affectedProducts, List<String> fixedIn, List<String> userActions,
                         String contact, List<ImpactedCustomer> impactedCustomers, List<String> missing, List<String> notes,
                         String text, JsonNode csaf) {

    public UserNotice {
        affectedProducts = List.copyOf(affectedProducts);
        fixedIn = List.copyOf(fixedIn);
        userActions = List.copyOf(userActions);
        impactedCustomers = List.copyOf(impactedCustomers);
        missing = List.copyOf(missing);
        notes = List.copyOf(notes);
    }
}
