/** Version ranges: the vers notation with its containment algorithm, and each ecosystem's native range syntax (node-semver, RubyGems, PEP 440 specifiers, Composer, NuGet, Conan, GitLab comparator lists). */
package dev.craft.vuln.range;
