/** craft assess. */
package dev.craft.assess;
