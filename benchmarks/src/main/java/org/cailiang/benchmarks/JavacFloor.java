package org.cailiang.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What javac needs at the least for N violations, whatever the generator writes: N bare classes
 * that hold only what a typed evaluator cannot do without. Each class of {@code own} declares its
 * own facts (an enum and a record, as every generated violation does) and decides with two
 * comparisons; each class of {@code shared} decides the same way on one enum and one record that
 * all share. No citations, constants, Javadoc, untyped path or builder: whatever javac spends on
 * these files, a generated standard of N violations costs more.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.JavacFloor own 6000 /tmp/floor-own
 * find /tmp/floor-own -name '*.java' &gt; /tmp/floor-own.txt
 * javac -J-Xmx4g -proc:none -d /tmp/floor-own-classes @/tmp/floor-own.txt
 * </pre>
 */
public final class JavacFloor {
  private JavacFloor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !List.of("own", "shared").contains(args[0])) {
      System.err.println("usage: JavacFloor own|shared N DIRECTORY");
      System.exit(2);
    }
    boolean shared = args[0].equals("shared");
    int count = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]).resolve("floor");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    if (shared) {
      written.add(Files.writeString(dir.resolve("SharedFacts.java"), """
          package floor;

          public record SharedFacts(SharedFacts.Setter setter, boolean harm, java.math.BigDecimal income) {
              public enum Setter { UNIT, INDIVIDUAL, OTHER }
          }
          """));
    }
    for (int i = 0; i < count; i++) {
      written.add(Files.writeString(dir.resolve("V" + i + ".java"), shared ? sharing(i) : owning(i)));
    }
    System.out.println(written.size() + " files in " + dir);
  }

  private static String owning(int i) {
    return """
        package floor;

        public final class V%1$d {
            public static final V%1$d INSTANCE = new V%1$d();

            public enum Setter { UNIT, INDIVIDUAL, OTHER }

            public record Facts(Setter setter, boolean harm, java.math.BigDecimal income) {}

            public int evaluate(Facts facts) {
                if (facts.setter() == Setter.UNIT && facts.harm() && facts.income().signum() > 0) {
                    return 1;
                }
                return facts.setter() == Setter.INDIVIDUAL && facts.harm() ? 2 : 0;
            }
        }
        """.formatted(i);
  }

  private static String sharing(int i) {
    return """
        package floor;

        public final class V%1$d {
            public static final V%1$d INSTANCE = new V%1$d();

            public int evaluate(SharedFacts facts) {
                if (facts.setter() == SharedFacts.Setter.UNIT && facts.harm() && facts.income().signum() > 0) {
                    return 1;
                }
                return facts.setter() == SharedFacts.Setter.INDIVIDUAL && facts.harm() ? 2 : 0;
            }
        }
        """.formatted(i);
  }
}
