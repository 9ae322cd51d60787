package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;

/**
 * Eight threads sharing one validator never block on a monitor once it is warmed up: {@code
 * ThreadMXBean} with contention monitoring counts, in each worker thread from its first to its last
 * validation, every {@code synchronized} entry that had to wait for another thread, and the sum
 * must be zero. This is structural (no shared monitor on the validation path), not a timing: it
 * holds however slow or loaded the machine. A control shows that the count does see a contended
 * monitor.
 *
 * <p>{@code java.lang.management} is reached reflectively: these tests compile into the module
 * {@code org.openbbic.validation}, which does not read {@code java.management}; they run on the
 * class path, where it is readable.
 */
class NoLockContentionTest {

  private static final int THREADS = 8;
  private static final int FILES = 16;
  private static final int PER_THREAD = 2 * FILES;

  private static final String MX_TYPE = "java.lang.management.ThreadMXBean";
  private static final String INFO_TYPE = "java.lang.management.ThreadInfo";

  /**
   * The {@code ThreadMXBean}, looked up once: {@code ManagementFactory.getThreadMXBean()} is {@code
   * synchronized}, so calling it in the measured threads would itself be counted.
   */
  private static final Object MX =
      call("java.lang.management.ManagementFactory", null, "getThreadMXBean");

  private static final Method GET_THREAD_INFO = method(MX_TYPE, "getThreadInfo", long.class);
  private static final List<Method> COUNTS =
      List.of(
          method(INFO_TYPE, "getBlockedCount"),
          method(INFO_TYPE, "getBlockedTime"),
          method(INFO_TYPE, "getWaitedCount"),
          method(INFO_TYPE, "getWaitedTime"));

  private boolean monitoringWas;

  private static Method method(String type, String name, Class<?>... params) {
    try {
      return Class.forName(type).getMethod(name, params);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(name, e);
    }
  }

  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(method.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(method.getName(), e);
    }
  }

  /**
   * {@code target.method(args)} of the public type {@code type}; {@code long} and {@code boolean}
   * arguments.
   */
  private static Object call(String type, Object target, String method, Object... args) {
    Class<?>[] params = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      params[i] = args[i] instanceof Long ? long.class : boolean.class;
    }
    return invoke(method(type, method, params), target, args);
  }

  /** {@code getThreadInfo(id)}: a {@code ThreadInfo}, or {@code null} when the thread is gone. */
  private static Object threadInfo(long id) {
    return invoke(GET_THREAD_INFO, MX, id);
  }

  /** Blocked count, blocked ms, waited count, waited ms of the calling thread. */
  private static long[] countsOfThisThread() {
    Object info = threadInfo(Thread.currentThread().getId());
    long[] counts = new long[COUNTS.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = (Long) invoke(COUNTS.get(i), info);
    }
    return counts;
  }

  private static boolean monitoring(String method, Object... args) {
    return call(MX_TYPE, MX, method, args) instanceof Boolean b && b;
  }

  /** What {@code work} added to the calling thread's counts. */
  private static long[] countsDuring(Runnable work) {
    long[] before = countsOfThisThread();
    work.run();
    long[] after = countsOfThisThread();
    for (int i = 0; i < after.length; i++) {
      after[i] -= before[i];
    }
    return after;
  }

  @BeforeEach
  void enableMonitoring() {
    assertThat(monitoring("isThreadContentionMonitoringSupported")).isTrue();
    monitoringWas = monitoring("isThreadContentionMonitoringEnabled");
    monitoring("setThreadContentionMonitoringEnabled", true);
    for (int i = 0; i < 20; i++) {
      countsOfThisThread(); // past reflection's inflation threshold before anything is counted
    }
  }

  @AfterEach
  void restoreMonitoring() {
    monitoring("setThreadContentionMonitoringEnabled", monitoringWas);
  }

  @Test
  void eightThreadsSharingOneWarmValidatorNeverBlockOnAMonitor() throws Exception {
    long seed = Seeds.seed();
    BbicValidator validator = BbicValidator.builder().build();
    List<CaseFile> files = new ArrayList<>();
    List<LocalDate> asOf = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      CaseFile cf = new BbicGenerator(seed + i).caseFile();
      asOf.add(Mutators.asOf(cf));
      if (i % 2 == 1) { // half of them broken, so that findings are made and rendered
        List<Mutation<CaseFile>> mutations = Mutators.caseFile(cf, seed + i);
        cf = mutations.get(i % mutations.size()).value();
      }
      files.add(cf);
    }
    List<ValidationReport> expected = new ArrayList<>();
    for (int round = 0; round < 3; round++) { // the single-threaded warm-up
      expected.clear();
      for (int k = 0; k < FILES; k++) {
        expected.add(validate(validator, files.get(k), asOf.get(k)));
      }
    }
    assertThat(expected).anyMatch(r -> !r.isValid()).anyMatch(ValidationReport::isValid);

    CountDownLatch start = new CountDownLatch(1);
    long[][] counts = new long[THREADS][];
    boolean[] same = new boolean[THREADS];
    Throwable[] failures = new Throwable[THREADS];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      final int id = t;
      Thread w =
          new Thread(
              () -> {
                try {
                  start.await();
                  boolean[] allSame = {true};
                  counts[id] =
                      countsDuring(
                          () -> {
                            for (int n = 0; n < PER_THREAD; n++) {
                              int k = (n + id * 5) % FILES;
                              ValidationReport r = validate(validator, files.get(k), asOf.get(k));
                              allSame[0] &= r.equals(expected.get(k));
                            }
                          });
                  same[id] = allSame[0];
                } catch (Throwable e) {
                  failures[id] = e;
                }
              },
              "no-lock-contention-" + t);
      workers.add(w);
      w.start();
    }
    start.countDown();
    for (Thread w : workers) {
      w.join();
    }
    long[] sum = new long[4];
    for (int t = 0; t < THREADS; t++) {
      assertThat(failures[t]).as("worker %d, %s", t, Seeds.describe(seed)).isNull();
      assertThat(same[t]).as("worker %d reports, %s", t, Seeds.describe(seed)).isTrue();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += counts[t][i];
      }
    }
    assertThat(sum[0])
        .as(
            "monitor-blocked entries of %d threads x %d validations (blocked %d ms; waited %d"
                + " times, %d ms), %s",
            THREADS, PER_THREAD, sum[1], sum[2], sum[3], Seeds.describe(seed))
        .isZero();
  }

  @Test
  void theCountSeesAThreadBlockedOnAMonitor() throws Exception {
    Object lock = new Object();
    long[][] counts = new long[1][];
    Thread contender =
        new Thread(
            () ->
                counts[0] =
                    countsDuring(
                        () -> {
                          synchronized (lock) {
                            lock.hashCode();
                          }
                        }),
            "contender");
    synchronized (lock) {
      contender.start();
      // until the contender waits for this very monitor (not, say, a class-loading lock)
      while (!blockedOn(contender, lock)) {
        Thread.onSpinWait();
      }
    }
    contender.join();
    assertThat(counts[0][0]).isPositive();
  }

  /** Whether {@code thread} is blocked entering the monitor of {@code lock}. */
  private static boolean blockedOn(Thread thread, Object lock) {
    Object info = threadInfo(thread.getId());
    if (info == null || call(INFO_TYPE, info, "getThreadState") != Thread.State.BLOCKED) {
      return false;
    }
    Object lockInfo = call(INFO_TYPE, info, "getLockInfo");
    return lockInfo != null
        && (Integer) call("java.lang.management.LockInfo", lockInfo, "getIdentityHashCode")
            == System.identityHashCode(lock);
  }

  private static ValidationReport validate(BbicValidator validator, CaseFile cf, LocalDate asOf) {
    return validator.validateCase(cf, ValidationLevel.COMPLETE, asOf, Locale.ENGLISH);
  }
}
