package dev.craft.assess;

import dev.craft.assess.Assessment.Holds;
import dev.craft.assess.Assessment.Reason;
import dev.craft.assess.Assessment.RoleResult;
import dev.craft.assess.Assessment.RoleStatus;
import dev.craft.kb.Note;
import dev.craft.kb.Role;
import dev.craft.kb.RoleRule;
import dev.craft.kb.rules.FactValue;
import dev.craft.kb.rules.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Roles (Art 3(13) to (17), Art 21, Art 22, Art 3(14)): every rule of roles.yaml that holds gives the company
 * that role; a rule that is unknown makes the role UNDECIDED (unless another rule already gives it).
 */
final class RoleStage {

    private RoleStage() {}

    static Assessment.RolesResult run(Session s) {
        Map<Role, List<Reason>> holding = new EnumMap<>(Role.class);
        Map<Role, List<Reason>> unknown = new EnumMap<>(Role.class);
        Map<Role, List<Runnable>> questions = new EnumMap<>(Role.class);
        Map<Role, String> scopes = new EnumMap<>(Role.class);

        for (RoleRule rule : s.kb.roleRules()) {
            Outcome o = s.eval(rule.when());
            var reason = new Reason(rule.title(), Session.holds(o.truth()), rule.text(), s.trace(rule.id(), rule.cite(), o));
            switch (o.truth()) {
                case TRUE -> {
                    holding.computeIfAbsent(rule.role(), r -> new ArrayList<>()).add(reason);
                    if (rule.scope() != null) scopes.put(rule.role(), obligationsScope(s, rule));
                }
                case UNKNOWN -> {
                    unknown.computeIfAbsent(rule.role(), r -> new ArrayList<>()).add(reason);
                    questions.computeIfAbsent(rule.role(), r -> new ArrayList<>())
                            .add(() -> s.ask(o, "role: " + rule.title() + " (" + String.join(", ", Session.cites(rule.cite())) + ")", true));
                }
                case FALSE -> { }
            }
        }
        var held = new ArrayList<RoleResult>();
        var roleIds = new LinkedHashSet<String>();
        for (Role role : Role.values()) {
            if (holding.containsKey(role)) {
                held.add(new RoleResult(role, RoleStatus.HOLDS, holding.get(role), scopes.get(role)));
                roleIds.add(role.kbName());
            } else if (unknown.containsKey(role)) {
                questions.get(role).forEach(Runnable::run);
                held.add(new RoleResult(role, RoleStatus.UNDECIDED, unknown.get(role), null));
            }
        }
        s.setDerived("derived.roles", new FactValue.TextSet(roleIds));

        var notes = new ArrayList<Reason>();
        for (Note note : s.kb.roleNotes()) {
            Outcome o = s.eval(note.when());
            if (o.isTrue()) notes.add(new Reason(note.title(), Holds.TRUE, note.text(), s.trace(note.id(), note.cite(), o)));
        }
        return new Assessment.RolesResult(held, notes);
    }

    /** Art 22: the obligations cover the modified part, or the whole product when the modification affects it as a whole. */
    private static String obligationsScope(Session s, RoleRule rule) {
        var scope = rule.scope();
        Outcome whole = s.eval(scope.wholeWhen());
        return switch (whole.truth()) {
            case TRUE -> scope.whole();
            case FALSE -> scope.part();
            case UNKNOWN -> {
                s.ask(whole, "obligations scope under " + String.join(", ", Session.cites(scope.cite())), false);
                yield scope.part() + " If the modification affects the cybersecurity of the product as a whole: " + scope.whole();
            }
        };
    }
}
