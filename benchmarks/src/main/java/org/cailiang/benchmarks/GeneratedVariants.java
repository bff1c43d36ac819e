package org.cailiang.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prices parts of the generated code for javac: copies the generated synthetic standard ({@link
 * SyntheticStandards#realistic}, written by {@code ScaleReport write} and {@code ./cailiang
 * generate}) with some parts of every violation class cut out, so that javac's time on the copy
 * against the original is what those parts cost. The copies measure cost, not working code: a
 * cut untyped path throws.
 *
 * <ul>
 *   <li>{@code no-tiers}: the tiers' decision constants are {@code null} (what javac would save
 *       if they were data read at class initialisation);
 *   <li>{@code no-untyped}: {@code evaluate(Map)} throws, its quick path and partial path gone;
 *   <li>{@code shared-facts}: the {@code Setter} enum and the {@code Facts} record with its builder
 *       are written once, in the subpackage {@code shared}, and every violation uses
 *       them (every synthetic violation has the same facts; a real standard's need not).
 * </ul>
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.GeneratedVariants \
 *   /tmp/out-30000 /tmp/variant no-tiers,no-untyped,shared-facts
 * </pre>
 */
public final class GeneratedVariants {
  private static final Set<String> CUTS = Set.of("no-tiers", "no-untyped", "shared-facts");
  private static final Pattern TIER =
      Pattern.compile("(private static final Decision\\[\\] TIER_\\w+ = )decisions\\(.*?\\);\n",
          Pattern.DOTALL);
  private static final String UNTYPED_STUB = """
          @Override
          public Decision evaluate(Map<String, ?> facts) {
              throw new UnsupportedOperationException();
          }

      """;

  private GeneratedVariants() {}

  public static void main(String[] args) throws IOException {
    List<String> cuts = args.length == 3 ? List.of(args[2].split(",")) : List.of();
    if (cuts.isEmpty() || !CUTS.containsAll(cuts)) {
      System.err.println("usage: GeneratedVariants GENERATED_DIR COPY_DIR " + String.join("|", CUTS)
          + "[,…]");
      System.exit(2);
    }
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    boolean[] sharedWritten = {false};
    try (Stream<Path> files = Files.walk(from)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
        try {
          String text = Files.readString(file);
          if (file.getFileName().toString().endsWith("Violation.java")) {
            if (cuts.contains("shared-facts") && !sharedWritten[0]) {
              writeShared(text, to);
              sharedWritten[0] = true;
            }
            text = cut(text, cuts);
          }
          Path target = to.resolve(from.relativize(file));
          Files.createDirectories(target.getParent());
          Files.writeString(target, text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    System.out.println("copied " + from + " to " + to + " without " + String.join(", ", cuts));
  }

  static String cut(String text, List<String> cuts) {
    if (cuts.contains("no-tiers")) {
      text = TIER.matcher(text).replaceAll("$1null;\n");
    }
    if (cuts.contains("no-untyped")) {
      int start = text.indexOf("    @Override\n    public Decision evaluate(Map");
      int end = text.indexOf("    /**\n     * The instance for one code", start);
      text = text.substring(0, start) + UNTYPED_STUB + text.substring(end);
    }
    if (cuts.contains("shared-facts")) {
      int start = text.indexOf("    /**\n     * \\u8bbe\\u7f6e\\u4e3b\\u4f53");
      text = text.substring(0, start).stripTrailing() + "\n}\n";
      String pkg = packageOf(text);
      text = text.replaceFirst("package " + pkg + ";\n", "package " + pkg + ";\n\nimport " + pkg
          + ".shared.Facts;\nimport " + pkg + ".shared.Setter;\n");
    }
    return text;
  }

  private static String packageOf(String source) {
    return source.substring("package ".length(), source.indexOf(';'));
  }

  /** The enum and the record of the first violation, as top-level types all violations use. */
  private static void writeShared(String violation, Path to) throws IOException {
    int enumStart = violation.indexOf("    /**\n     * \\u8bbe\\u7f6e\\u4e3b\\u4f53");
    int recordStart = violation.indexOf("    /**\n     * The facts of a case");
    int end = violation.lastIndexOf('}');
    String pkg = packageOf(violation) + ".shared";
    String header = """
        package %s;

        import java.math.BigDecimal;
        import org.cailiang.runtime.InvalidFactsException;
        import org.cailiang.runtime.Labelled;
        import org.cailiang.runtime.internal.FactChecks;

        """.formatted(pkg);
    Path dir = Files.createDirectories(to.resolve(pkg.replace('.', '/')));
    Files.writeString(dir.resolve("Setter.java"),
        header + violation.substring(enumStart, recordStart).stripIndent());
    Files.writeString(dir.resolve("Facts.java"),
        header + violation.substring(recordStart, end).stripIndent());
  }
}
