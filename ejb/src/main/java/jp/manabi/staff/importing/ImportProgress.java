package jp.manabi.staff.importing;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an import has come, for the progress bar: the lines of the file are read and checked
 * first, then saved one by one. Shared between the request that started the import and the one
 * running it, so its fields are safe to read from another thread.
 */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The steps of an import, in order. */
    public enum Step { READING, SAVING, DONE }

    private volatile Step step = Step.READING;
    private volatile int lines;
    private final AtomicInteger saved = new AtomicInteger();

    void saving(int lines) {
        this.lines = lines;
        this.step = Step.SAVING;
    }

    void savedOne() {
        saved.incrementAndGet();
    }

    void done() {
        step = Step.DONE;
    }

    public Step step() {
        return step;
    }

    public int lines() {
        return lines;
    }

    public int saved() {
        return saved.get();
    }

    /** 0–100: reading counts as the first tenth, saving as the rest. */
    public int percent() {
        return switch (step) {
            case READING -> 5;
            case SAVING -> lines == 0 ? 10 : 10 + (int) (90L * saved.get() / lines);
            case DONE -> 100;
        };
    }
}
