package dev.craft.sbom;

/** A tool that produced the SBOM; any part may be null. */
public record Tool(String vendor, String name, String version) {}
