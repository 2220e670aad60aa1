/**
 * CLI adapters of responsibility mapping: {@code craft assess} (profile in, cited assessment out), {@code craft init}
 * (questionnaire that writes a profile) and {@code craft deadlines} (the Art 14 clocks of one event). They read
 * files and options, call craft-assess, and render; no rule lives here.
 */
package dev.craft.cli.assess;
