/**
 * Product profiles (docs/profile.md): the typed {@link dev.craft.assess.profile.Profile}, its strict reader
 * ({@link dev.craft.assess.profile.ProfileReader}: every problem with its JSON path, values checked against the
 * knowledge base's vocabularies, a content hash), and the questionnaire and writer behind {@code craft init}.
 */
package dev.craft.assess.profile;
