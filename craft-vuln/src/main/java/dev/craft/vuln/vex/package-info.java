/** VEX: CycloneDX VEX, OpenVEX and CSAF VEX read into one statement shape, and applied to findings. */
package dev.craft.vuln.vex;
