package dev.keel.shared;

/**
 * Work a module does once after start-up so that the first person to use it does not pay for cold
 * code paths (class loading, JIT, template compilation, index readers). It must change nothing a
 * person could see, and it may fail: a failed warm-up is logged and ignored.
 */
public interface WarmUp {

    /** A short name for the log and the results. */
    String name();

    void warmUp() throws Exception;
}
