/** craft vuln. */
package dev.craft.vuln;
