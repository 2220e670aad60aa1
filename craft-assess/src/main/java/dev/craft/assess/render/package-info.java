/**
 * Output of an assessment: the memo built once as a small document model and rendered as text, Markdown or
 * self-contained HTML (all profile text escaped), and the JSON form of docs/schemas/assessment-v1.schema.json
 * ({@link dev.craft.assess.render.AssessmentJson}). Entry point: {@link dev.craft.assess.render.AssessmentFormat}.
 */
package dev.craft.assess.render;
