package dev.craft.vuln;

/**
 * Told about long work (downloads, imports) so that a front end can draw a progress bar. Called from the working
 * thread; implementations must be quick.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (task, done, total) -> { };

    /**
     * @param task  what is being done, e.g. {@code "import osv-pypi"} or {@code "download kev"}
     * @param done  units done so far (bytes)
     * @param total the total, or -1 when unknown
     */
    void progress(String task, long done, long total);
}
