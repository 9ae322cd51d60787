package org.openbbic.cli;

import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on a fixed number of threads and hands their results to a sink in the order the tasks
 * were submitted, on the submitting thread. At most {@code window} tasks are in flight (submitted
 * and not yet handed on): {@link #submit} first waits for the oldest when the window is full, so
 * what is held does not grow with the number of tasks. With one thread a task runs on the
 * submitting thread as it is submitted.
 *
 * <p>A task's exception is thrown by the {@link #submit} or {@link #finish} that would have handed
 * its result on; the results before it have been handed on, none after it.
 *
 * <p>Not thread-safe: one submitting thread. {@link #close()} stops the threads.
 */
final class InOrder<T> implements AutoCloseable {

  private final ExecutorService pool; // null: on the submitting thread
  private final int window;
  private final Consumer<? super T> sink;
  private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

  /**
   * @param threads how many tasks run at once, at least 1
   * @param window how many tasks may be in flight, at least {@code threads}
   */
  InOrder(int threads, int window, Consumer<? super T> sink) {
    if (threads < 1 || window < threads) {
      throw new IllegalArgumentException("threads " + threads + ", window " + window);
    }
    this.window = window;
    this.sink = sink;
    if (threads == 1) {
      this.pool = null;
    } else {
      AtomicInteger count = new AtomicInteger();
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              task -> {
                Thread t = new Thread(task, "bbic-worker-" + count.incrementAndGet());
                t.setDaemon(true); // a task left running never keeps the tool alive
                return t;
              });
    }
  }

  /** The window for {@code threads}: four tasks a thread, so an uneven one stalls no thread. */
  static int windowFor(int threads) {
    return (int) Math.min(Integer.MAX_VALUE, 4L * threads);
  }

  /** Runs {@code task}; hands on the results of the oldest tasks first as the window needs. */
  void submit(Supplier<? extends T> task) {
    if (pool == null) {
      sink.accept(task.get());
      return;
    }
    if (inFlight.size() >= window) {
      handOn(inFlight.removeFirst());
    }
    inFlight.addLast(pool.submit(task::get));
  }

  /** Hands on every result still in flight, in order. */
  void finish() {
    while (!inFlight.isEmpty()) {
      handOn(inFlight.removeFirst());
    }
  }

  private void handOn(Future<T> future) {
    T result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    sink.accept(result);
  }

  /** Stops the threads; tasks still in flight are cancelled and their results dropped. */
  @Override
  public void close() {
    if (pool != null) {
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
      pool.shutdownNow();
    }
  }
}
