/**
 * CRA responsibility mapping: a product profile in, an {@link dev.craft.assess.Assessment} out (scope, roles,
 * class, conformity routes, obligations with dates, penalties, CSIRT routing, open questions, unsettled points),
 * every conclusion with its rule, facts and article. Entry point: {@link dev.craft.assess.Assessor}.
 * The rules are the knowledge base's (craft-kb); this package evaluates them and renders dates.
 * Sub-packages: {@code profile} (reading and writing profiles), {@code render} (text, Markdown, HTML, JSON),
 * {@code reporting} (Art 14 clocks).
 */
package dev.craft.assess;
