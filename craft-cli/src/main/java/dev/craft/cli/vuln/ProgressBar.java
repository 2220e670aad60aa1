package dev.craft.cli.vuln;

import dev.craft.vuln.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place at most ten times a second. Drawn only on a terminal
 * (or when asked), so that logs and pipes stay clean.
 */
final class ProgressBar implements ProgressListener {

    private final PrintWriter err;
    private final boolean enabled;
    private String task = "";
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static boolean interactive() {
        return System.console() != null;
    }

    @Override
    public synchronized void progress(String task, long done, long total) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (task.equals(this.task) && now - lastDraw < 100_000_000L && (total < 0 || done < total)) return;
        lastDraw = now;
        this.task = task;
        String line;
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            line = String.format(Locale.ROOT, "%-24s [%s%s] %3d%% %s/%s", cut(task), "=".repeat(filled), " ".repeat(width - filled),
                    Math.min(100, done * 100 / total), bytes(done), bytes(total));
        } else {
            line = String.format(Locale.ROOT, "%-24s %s", cut(task), bytes(done));
        }
        err.print("\r" + line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Ends the bar's line, if one was drawn. */
    synchronized void done() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    private static String cut(String s) {
        return s.length() <= 24 ? s : s.substring(0, 23) + "~";
    }

    static String bytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        if (n < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }
}
