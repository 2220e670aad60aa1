package dev.craft.server.advisory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code craft.advisories.*}.
 *
 * @param maxImportBytes    the largest feed file an import accepts (streamed to a temp file, never held in memory)
 * @param refreshCheckMs    how often a node checks whether another node changed the advisory store
 */
@ConfigurationProperties("craft.advisories")
public record AdvisorySettings(long maxImportBytes, long refreshCheckMs) {}
