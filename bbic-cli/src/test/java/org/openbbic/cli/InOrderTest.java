package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Results in submission order, at most a window in flight, failures where they happened. */
class InOrderTest {

  @Test
  void resultsComeInSubmissionOrderWhenTheFirstTaskFinishesLast() throws Exception {
    int threads = 4;
    int tasks = 200;
    CountDownLatch othersDone = new CountDownLatch(threads - 1);
    List<Integer> handedOn = new ArrayList<>();
    try (InOrder<Integer> inOrder =
        new InOrder<>(threads, InOrder.windowFor(threads), handedOn::add)) {
      for (int i = 0; i < tasks; i++) {
        int n = i;
        inOrder.submit(
            () -> {
              if (n == 0) {
                // The first task waits until the next three have finished: they overtake it.
                await(othersDone);
              } else if (n < threads) {
                othersDone.countDown();
              }
              return n;
            });
      }
      inOrder.finish();
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      expected.add(i);
    }
    assertThat(handedOn).isEqualTo(expected);
  }

  @Test
  void neverMoreThanTheWindowIsHeldAndTheWindowFillsBehindASlowTask() {
    int threads = 2;
    int window = InOrder.windowFor(threads);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger handedOn = new AtomicInteger();
    int mostHeld = 0;
    try (InOrder<Integer> inOrder =
        new InOrder<>(threads, window, r -> handedOn.incrementAndGet())) {
      for (int i = 0; i < 1_000; i++) {
        int n = i;
        if (i == window) {
          // the first task is still waiting: the window is full, and the next submit must wait
          // for it, so let it go now
          assertThat(handedOn.get()).isZero();
          release.countDown();
        }
        inOrder.submit(
            () -> {
              if (n == 0) {
                await(release);
              }
              return n;
            });
        mostHeld = Math.max(mostHeld, i + 1 - handedOn.get());
      }
      inOrder.finish();
    }
    assertThat(mostHeld).isEqualTo(window);
    assertThat(handedOn.get()).isEqualTo(1_000);
  }

  @Test
  void aFailingTaskIsThrownAfterTheResultsBeforeItAndNoneAfterIt() {
    List<Integer> handedOn = new ArrayList<>();
    try (InOrder<Integer> inOrder = new InOrder<>(3, 6, handedOn::add)) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 50; i++) {
                  int n = i;
                  inOrder.submit(
                      () -> {
                        if (n == 10) {
                          throw new IllegalStateException("task 10");
                        }
                        return n;
                      });
                }
                inOrder.finish();
              })
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("task 10");
    }
    assertThat(handedOn).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void oneThreadRunsEachTaskOnTheCallersThreadAsItIsSubmitted() {
    List<String> ran = new ArrayList<>();
    try (InOrder<String> inOrder = new InOrder<>(1, 1, ran::add)) {
      inOrder.submit(() -> Thread.currentThread().getName());
      assertThat(ran).containsExactly(Thread.currentThread().getName());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the other tasks never ran");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
