package org.mizan.screening;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.mizan.model.Subject;

/**
 * Screens many subjects on several threads at once, results in the order of the subjects: the batch
 * side of {@link Screening} ({@code mizan screen --input}). The index is immutable and shared by
 * every thread. Close it to stop its threads.
 */
public final class BatchScreening implements AutoCloseable {
  private final Screening screening;
  private final ExecutorService pool;
  private final int threads;

  /**
   * @param threads the threads that screen, at least 1
   */
  public BatchScreening(Screening screening, int threads) {
    this.screening = Objects.requireNonNull(screening, "screening");
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread: " + threads);
    }
    this.pool = Executors.newFixedThreadPool(threads);
    this.threads = threads;
  }

  /**
   * Screens every subject, as {@link Screening#screen} does each.
   *
   * @return one result per subject, in the order of {@code subjects}
   * @throws IllegalArgumentException as {@link Screening#screen} for a bad threshold or limit
   */
  public List<ScreeningResult> screen(List<Subject> subjects, double threshold, int limit) {
    return screen(subjects, threshold, limit, false);
  }

  /**
   * {@link #screen(List, double, int)}, the hits alone with {@code hitsOnly} ({@link Screening}).
   */
  public List<ScreeningResult> screen(
      List<Subject> subjects, double threshold, int limit, boolean hitsOnly) {
    // One task per thread, each taking the next subject: a task per subject would wake the caller
    // once per subject (5 % of a 500-traveller manifest's time on one thread went to that).
    ScreeningResult[] results = new ScreeningResult[subjects.size()];
    AtomicInteger next = new AtomicInteger();
    Callable<Void> worker =
        () -> {
          for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
            results[i] = screening.screen(subjects.get(i), threshold, limit, hitsOnly);
          }
          return null;
        };
    try {
      for (Future<Void> f :
          pool.invokeAll(Collections.nCopies(Math.min(threads, results.length), worker))) {
        f.get();
      }
      return List.of(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while screening", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a screening thread failed", cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
