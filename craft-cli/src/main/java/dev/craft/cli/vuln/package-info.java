/** {@code craft db import|sync|status} and {@code craft scan}: thin adapters over craft-vuln. */
package dev.craft.cli.vuln;
