package org.cailiang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The typed paths of the JMH benchmarks timed by the thread's CPU time instead of the wall
 * clock, for a machine that other builds load: a thread waiting for a core costs no CPU time, so
 * the ratios stay readable where JMH's errors do not (the lead's quiet JMH run is the reference).
 * Calls the benchmarks' own methods after their own set-up (which checks every answer), each in
 * turn, many rounds; prints the least and the median CPU time per case of the later two thirds.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.CpuTimeReport general 200000 30
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.CpuTimeReport adjustment 200 30
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.CpuTimeReport multiple 20000 30
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.CpuTimeReport evaluation 200000 30
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.CpuTimeReport untyped 20000 30
 * </pre>
 */
public final class CpuTimeReport {
  private CpuTimeReport() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: CpuTimeReport general|adjustment|multiple|evaluation|untyped <calls per round> <rounds>");
      System.exit(2);
    }
    // The way JMH itself allows a Blackhole outside a benchmark run.
    Blackhole hole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    Map<String, Runnable> paths = paths(args[0], hole);
    int calls = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> perCase = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Runnable> path : paths.entrySet()) {
        Runnable run = path.getValue();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          run.run();
        }
        double nanos = (threads.getCurrentThreadCpuTime() - start) / (double) calls / ShuffledCases.COUNT;
        if (round >= rounds / 3) { // the first third warms up
          perCase.computeIfAbsent(path.getKey(), k -> new ArrayList<>()).add(nanos);
        }
      }
    }
    perCase.forEach((path, times) -> {
      List<Double> sorted = new ArrayList<>(times);
      sorted.sort(null);
      System.out.printf("%-28s least %8.2f  median %8.2f ns of CPU per case%n", path, sorted.get(0),
          sorted.get(sorted.size() / 2));
    });
  }

  private static Map<String, Runnable> paths(String group, Blackhole hole) {
    Map<String, Runnable> paths = new LinkedHashMap<>();
    switch (group) {
      case "general" -> {
        GeneralPartBenchmark general = new GeneralPartBenchmark();
        general.setUp();
        paths.put("handWritten", () -> general.handWritten(hole));
        paths.put("typedTableOnly", () -> general.typedTableOnly(hole));
        paths.put("typedNoGeneralFacts", () -> general.typedNoGeneralFacts(hole));
      }
      case "adjustment" -> {
        GeneralPartBenchmark general = new GeneralPartBenchmark();
        general.setUp();
        paths.put("typedNoGeneralFacts", () -> general.typedNoGeneralFacts(hole));
        paths.put("typedWithAdjustment", () -> general.typedWithAdjustment(hole));
        paths.put("typedWithAdjustmentAndDates", () -> general.typedWithAdjustmentAndDates(hole));
      }
      case "multiple" -> {
        MultipleFineBenchmark multiple = new MultipleFineBenchmark();
        multiple.setUp();
        paths.put("generated", () -> multiple.generated(hole));
        paths.put("generatedFineRead", () -> multiple.generatedFineRead(hole));
        paths.put("handWrittenDecision", () -> multiple.handWrittenDecision(hole));
      }
      case "evaluation" -> {
        EvaluationBenchmark evaluation = new EvaluationBenchmark();
        evaluation.setUp();
        paths.put("handWritten", () -> evaluation.handWritten(hole));
        paths.put("generated", () -> evaluation.generated(hole));
        paths.put("generatedFineRead", () -> evaluation.generatedFineRead(hole));
      }
      case "untyped" -> {
        UntypedPartsBenchmark untyped = new UntypedPartsBenchmark();
        untyped.setUp();
        paths.put("typed", () -> untyped.typed(hole));
        paths.put("mapOnly", () -> untyped.mapOnly(hole));
        paths.put("mapOfOnly", () -> untyped.mapOfOnly(hole));
        paths.put("parsedMapOnly", () -> untyped.parsedMapOnly(hole));
        paths.put("codeLookup", () -> untyped.codeLookup(hole));
        paths.put("violationPrebuiltMap", () -> untyped.violationPrebuiltMap(hole));
        paths.put("registryPrebuiltMap", () -> untyped.registryPrebuiltMap(hole));
        paths.put("untypedStringMap", () -> untyped.untypedStringMap(hole));
        paths.put("untypedMapOf", () -> untyped.untypedMapOf(hole));
        paths.put("untypedParsedStrings", () -> untyped.untypedParsedStrings(hole));
      }
      default -> throw new IllegalArgumentException("no such group: " + group);
    }
    return paths;
  }
}
