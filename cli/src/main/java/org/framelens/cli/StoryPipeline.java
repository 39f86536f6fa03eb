package org.framelens.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the per-story work (read, extract, harmonize, align) of a run on several threads and hands
 * the finished stories to one consumer in input order, so the outputs are the same bytes whatever
 * the number of threads.
 *
 * <p>Why stories and not articles: a story is the unit the later stages need whole (names are
 * harmonized and outlets aligned within a story), and most stories are a handful of articles, so
 * there is enough of them to keep every core busy. At most {@code window} stories are in flight
 * (being worked on or finished but not yet consumed): memory is bounded by the window, not by the
 * corpus.
 *
 * <p>Inputs: the stories (as the scanner returns them), the work for one story and the thread
 * count. Outputs: the work's results, one per story, in order, to the consumer, which runs on the
 * calling thread. One instance per run; not thread-safe itself.
 *
 * @param <S> a story as the work takes it
 * @param <R> what the work returns for one story
 */
final class StoryPipeline<S, R> {
    /** Stories in flight per thread: enough that a long story does not stall the others. */
    static final int WINDOW_PER_THREAD = 4;

    private final int threads;
    private final Function<S, R> work;

    /**
     * @param threads how many threads do the work (1: everything on the calling thread)
     * @param work    the work for one story: the story in, its result out; must be thread-safe
     */
    StoryPipeline(int threads, Function<S, R> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.work = work;
    }

    /** What receives the finished stories, in order. */
    @FunctionalInterface
    interface Consumer<R> {
        void accept(R story) throws java.io.IOException;
    }

    /**
     * Does the work for every story and gives each result to the consumer, in story order.
     *
     * @param stories  the stories, in order
     * @param consumer receives each story's result on the calling thread
     * @throws java.io.IOException what the consumer throws; the remaining work is cancelled
     */
    void run(List<S> stories, Consumer<R> consumer) throws java.io.IOException {
        if (threads == 1 || stories.size() < 2) {
            for (S story : stories) {
                consumer.accept(work.apply(story));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            int window = threads * WINDOW_PER_THREAD;
            while (next < stories.size() || !inFlight.isEmpty()) {
                while (next < stories.size() && inFlight.size() < window) {
                    S story = stories.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(story)));
                }
                consumer.accept(take(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a story", e);
        } catch (ExecutionException e) {
            // the work catches what a bad article can cause; anything else is a bug: rethrow it as it was
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads, so a run that fails in the consumer never hangs the JVM on exit. */
    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "framelens-story-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
