package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;

/**
 * A rule that gives the company a role (roles.yaml).
 *
 * @param scope for Art 22: whether the manufacturer's obligations cover the modified part or the whole
 *              product; null for other rules
 */
public record RoleRule(String id, Role role, String title, List<Citation> cite, Condition when, String text, ObligationsScope scope) {
    public RoleRule {
        cite = List.copyOf(cite);
    }

    /** Art 22: obligations for the modified part, or for the whole product when {@code wholeWhen} holds. */
    public record ObligationsScope(List<Citation> cite, Condition wholeWhen, String whole, String part) {
        public ObligationsScope {
            cite = List.copyOf(cite);
        }
    }
}
