package dev.craft.server.reporting;

import dev.craft.report.cases.CaseActionException;
import dev.craft.report.cases.CaseChange;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.json.ReportJson;
import dev.craft.server.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the core's case actions to stored cases: load under a row lock, apply, save, and record the change in
 * the audit trail in the same transaction. Awareness and every other fact of a case change only here.
 */
@Component
class CaseService {

    static final String ENTITY = "reporting-case";

    private final CaseStore store;
    private final AuditLog audit;

    CaseService(CaseStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Changes one case. */
    @Transactional
    public StoredCase change(long orgId, String caseKey, String actor, Function<ReportingCase, CaseChange> action) {
        StoredCase stored = store.get(orgId, caseKey, true);
        CaseChange change;
        try {
            change = action.apply(stored.document());
        } catch (CaseActionException e) {
            throw ReportingErrors.of(e);
        }
        StoredCase after = store.update(stored, change.after());
        record(orgId, actor, change);
        return after;
    }

    /** Stores a new case; {@code opener} gets the case id to use. */
    @Transactional
    public StoredCase open(long orgId, String actor, Function<String, CaseChange> opener) {
        CaseChange change;
        try {
            change = opener.apply(store.nextKey(orgId));
        } catch (CaseActionException e) {
            throw ReportingErrors.of(e);
        }
        StoredCase stored = store.insert(orgId, change.after());
        record(orgId, actor, change);
        return stored;
    }

    /** Saves a change computed elsewhere (the alert intake) inside the caller's transaction. */
    StoredCase save(StoredCase stored, CaseChange change, String actor) {
        StoredCase after = store.update(stored, change.after());
        record(stored.orgId(), actor, change);
        return after;
    }

    void record(long orgId, String actor, CaseChange change) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("change", change.detail());
        after.put("case", plain(change.after()));
        audit.record(orgId, actor, "reporting." + change.action(), ENTITY, change.after().id(),
                change.before() == null ? null : plain(change.before()), after);
    }

    /** Settings (without the secret) as plain maps, for the audit trail. */
    static Object plainSettings(OrgSettings.View v) {
        return ReportJson.mapper().convertValue(v, Map.class);
    }

    /** The case as plain maps and strings (the core's JSON), whatever mapper the audit trail uses. */
    static Object plain(ReportingCase c) {
        return ReportJson.mapper().convertValue(c, Map.class);
    }
}
