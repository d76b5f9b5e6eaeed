package dev.keel.channel.domain;

/**
 * Points between the intake steps where tests interrupt the pipeline, as a crash would; a no-op in
 * production.
 */
interface IntakeFaults {

    enum Step {
        /** The raw message is stored and its row committed; nothing is processed yet. */
        AFTER_STORE,
        /** Inside the processing transaction, after the ticket work and before the commit. */
        BEFORE_COMMIT,
        /** The processing transaction committed; the server flag is not set yet. */
        AFTER_PROCESS
    }

    IntakeFaults NONE = step -> {};

    void at(Step step);

    /** Thrown by test faults: the pipeline lets it through untouched, as it would a crash. */
    final class Crash extends RuntimeException {
        Crash(Step step) {
            super("simulated crash at " + step);
        }
    }
}
