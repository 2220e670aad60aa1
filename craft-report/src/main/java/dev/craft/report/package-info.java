/** craft report. */
package dev.craft.report;
