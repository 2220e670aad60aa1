/**
 * The knowledge base's condition language: {@link dev.craft.kb.rules.Condition} (a closed set of forms), parsed and
 * type-checked by {@link dev.craft.kb.rules.ConditionParser} against the declared facts ({@link dev.craft.kb.rules.FactDef}),
 * and evaluated by {@link dev.craft.kb.rules.Evaluator} in three-valued logic, recording the facts that decided each
 * result and the facts an unknown result waits for.
 */
package dev.craft.kb.rules;
