/**
 * Strict reading of YAML and JSON for knowledge-base files and product profiles: {@link dev.craft.kb.yaml.Trees}
 * parses with limits against hostile input (size, nesting, aliases, duplicate keys); {@link dev.craft.kb.yaml.StrictNode}
 * walks the tree with JSON paths and collects every problem, unknown fields included, in {@link dev.craft.kb.yaml.Problems}.
 */
package dev.craft.kb.yaml;
