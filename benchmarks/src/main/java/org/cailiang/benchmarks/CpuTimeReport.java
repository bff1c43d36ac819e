package org.cailiang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU time of this thread per operation of some {@code @Benchmark} methods of one class,
 * for a machine that other work loads: JMH's wall-clock times then include the time spent
 * waiting for a core, while a thread's CPU time barely does. The methods run in interleaved
 * rounds (so that a burst of load hits all of them alike), the first rounds as warm-up, and the
 * fastest measured round is reported. Not a replacement for JMH on a quiet machine: no forks,
 * no dead-code guarantees beyond the {@link Blackhole}, and the reflective call adds a little.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.CpuTimeReport \
 *   UntypedPartsBenchmark typed mapOnly untypedStringMap
 * </pre>
 */
public final class CpuTimeReport {
  private static final int WARM_UP_ROUNDS = 4;
  private static final int MEASURED_ROUNDS = 8;
  private static final int CALLS_PER_ROUND = 200_000;

  private CpuTimeReport() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    if (args.length < 2) {
      System.err.println("usage: CpuTimeReport <benchmark class in org.cailiang.benchmarks> <method>...");
      System.exit(2);
    }
    Class<?> type = Class.forName(CpuTimeReport.class.getPackageName() + "." + args[0]);
    Object benchmark = type.getConstructor().newInstance();
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(Setup.class)) {
        method.invoke(benchmark);
      }
    }
    Blackhole hole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    List<Method> methods = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      methods.add(type.getMethod(args[i], Blackhole.class));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] fastest = new double[methods.size()];
    Arrays.fill(fastest, Double.MAX_VALUE);
    for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
      for (int m = 0; m < methods.size(); m++) {
        Method method = methods.get(m);
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
          method.invoke(benchmark, hole);
        }
        double perOperation = (threads.getCurrentThreadCpuTime() - start)
            / (double) CALLS_PER_ROUND / operations(method);
        if (round >= WARM_UP_ROUNDS) {
          fastest[m] = Math.min(fastest[m], perOperation);
        }
      }
    }
    for (int m = 0; m < methods.size(); m++) {
      System.out.printf("%-24s %8.2f ns of CPU per operation%n", methods.get(m).getName(), fastest[m]);
    }
  }

  private static int operations(Method method) {
    OperationsPerInvocation count = method.getAnnotation(OperationsPerInvocation.class);
    return count == null ? 1 : count.value();
  }
}
