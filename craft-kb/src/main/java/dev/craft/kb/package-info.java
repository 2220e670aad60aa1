/**
 * The CRA knowledge base: versioned YAML data files with citations (resources {@code dev/craft/kb/cra/}), loaded
 * and validated by {@link dev.craft.kb.KnowledgeBaseLoader} into the immutable {@link dev.craft.kb.KnowledgeBase}.
 * Format and rationale: ADR 0003 and docs/knowledge-base.md. Sub-packages: {@code rules} (the condition language
 * and its three-valued evaluator), {@code yaml} (strict, bounded reading of YAML and JSON trees), {@code reporting}
 * (the Art 14 clock rules).
 */
package dev.craft.kb;
