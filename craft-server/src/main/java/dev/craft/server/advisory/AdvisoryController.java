package dev.craft.server.advisory;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.server.api.ApiException;
import dev.craft.server.api.ProblemType;
import dev.craft.server.security.Caller;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.Exploited;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import dev.craft.vuln.ingest.Importers;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The advisory store (the data of {@code craft db}), shared by all organisations: imports by instance
 * administrators, reading by everyone signed in.
 */
@RestController
@RequestMapping("/api/v1")
class AdvisoryController {

    private final AdvisoryImports imports;
    private final AdvisoryIndex index;
    private final AdvisorySources sources;
    private final AdvisorySettings settings;
    private final Clock clock;

    AdvisoryController(AdvisoryImports imports, AdvisoryIndex index, AdvisorySources sources, AdvisorySettings settings, Clock clock) {
        this.imports = imports;
        this.index = index;
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
    }

    record Summary(int advisories, int packages, int withdrawnExcluded, Instant indexBuiltAt, List<AdvisorySources.SourceRow> sources) {}

    record AdvisoryView(Advisory advisory, List<Exploited> exploitation) {}

    /**
     * Imports one feed file (an OSV export: JSON, JSON Lines, zip, gzip; the CISA KEV catalogue; FIRST
     * EPSS; the ENISA EUVD exploited list), replacing the source of the same name, then re-matches the
     * portfolio in the background (follow it with GET /admin/advisories/imports/{importId}).
     */
    @PostMapping("/admin/advisories/import")
    @RequiresPermission(Permission.INSTANCE_ADMIN)
    @ResponseStatus(HttpStatus.ACCEPTED)
    AdvisoryImports.ImportView importFeed(Caller caller, HttpServletRequest request, @RequestParam String source,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String filename) throws IOException {
        if (!source.matches("[a-z0-9][a-z0-9._-]{0,63}")) throw ApiException.invalid("source must be a name like osv-npm or kev");
        Path dir = Files.createTempDirectory("craft-import-");
        // Keep the name's extension: the importer recognises .zip, .gz, .jsonl and .csv by it.
        String name = filename == null || filename.isBlank() ? "feed" : Path.of(filename).getFileName().toString();
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            copyBounded(request, file);
            SourceKind k = kind == null ? Importers.guessKind(file) : parseKind(kind);
            SourceSnapshot snapshot;
            try {
                snapshot = Importers.read(k, source, file, "upload:" + name, clock, dev.craft.vuln.ingest.InputLimits.DEFAULT,
                        ProgressListener.NONE);
            } catch (InputException e) {
                // Name the upload in the problems, not the temporary file it was streamed to.
                throw new InputException(e.problems().stream().map(p -> new Problem(p.source().replace(file.toString(), name)
                        .replace(dir.toString(), name), p.location(), p.message(), p.expected())).toList());
            }
            return imports.store(snapshot, caller.actor());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @GetMapping("/admin/advisories/imports/{importId}")
    @RequiresPermission(Permission.INSTANCE_ADMIN)
    AdvisoryImports.ImportView importStatus(@PathVariable long importId) {
        return imports.get(importId);
    }

    @GetMapping("/advisories")
    @RequiresPermission(Permission.AUTHENTICATED)
    Summary summary() {
        var loaded = index.current();
        return new Summary(loaded.index().advisories(), loaded.index().packages(), loaded.index().withdrawnExcluded(), loaded.builtAt(),
                sources.list());
    }

    @GetMapping("/advisories/{advisoryId}")
    @RequiresPermission(Permission.AUTHENTICATED)
    AdvisoryView advisory(@PathVariable String advisoryId) {
        var loaded = index.current();
        Advisory a = loaded.index().advisory(advisoryId).orElseThrow(() -> ApiException.notFound("advisory '" + advisoryId + "'"));
        return new AdvisoryView(a, loaded.index().exploitation(a.ids()));
    }

    private void copyBounded(HttpServletRequest request, Path file) throws IOException {
        long max = settings.maxImportBytes();
        if (request.getContentLengthLong() > max) throw tooLarge(max);
        long total = 0;
        try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > max) throw tooLarge(max);
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) throw ApiException.invalid("the request has no body: send the feed file as the body");
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "the feed is larger than " + max + " bytes (craft.advisories.max-import-bytes)");
    }

    private static SourceKind parseKind(String kind) {
        try {
            return SourceKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("kind must be one of osv, kev, epss, euvd");
        }
    }
}
