/** craft kb. */
package dev.craft.kb;
