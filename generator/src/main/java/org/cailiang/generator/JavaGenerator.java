package org.cailiang.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;

/**
 * Generates the Java sources of checked standards, and the services file through which {@link
 * org.cailiang.runtime.Standards} finds them. The output depends only on the input: the same
 * standards give byte-identical files, whatever the machine, locale or time.
 */
public final class JavaGenerator {
  /** Where the services file goes, relative to a resources root. */
  public static final String SERVICES_FILE = "META-INF/services/org.cailiang.runtime.Standard";

  private final String packageName;

  /**
   * @param packageName the Java package of the generated classes
   * @throws IllegalArgumentException when it is not a valid package name
   */
  public JavaGenerator(String packageName) {
    if (!JavaNames.isPackage(packageName)) {
      throw new IllegalArgumentException("not a valid Java package name: " + packageName);
    }
    if (packageName.equals("java") || packageName.startsWith("java.")) {
      // javac refuses them: the platform's module java.base owns every java.* package.
      throw new IllegalArgumentException("java and java.* are the Java platform's packages: " + packageName);
    }
    PlatformPackages.owner(packageName).ifPresent(module -> {
      // javac: "package exists in another module" (hostile check: javax.swing, org.w3c.dom).
      throw new IllegalArgumentException(packageName + " is a package of the Java platform's module "
          + module + ": classes of another module cannot be in it");
    });
    if (packageName.equals(Runtime.PACKAGE) || packageName.startsWith(Runtime.PACKAGE + ".")) {
      // Generated classes named Decision or MoneyRange would clash with the runtime's.
      throw new IllegalArgumentException(Runtime.PACKAGE + " is the runtime's package: " + packageName);
    }
    this.packageName = packageName;
  }

  /** Generates every source of the standards, then the services file. */
  public List<GeneratedFile> generate(List<Standard> standards) {
    return generate(standards, List.of());
  }

  /**
   * Generates every source of the standards, with the general parts (总则) they use: for a
   * standard that uses one, a class of its rules and a typed {@code evaluate(Facts,
   * GeneralFacts)} on each violation class.
   *
   * @param generals every general part declared; a standard uses those its {@code uses} names
   */
  public List<GeneratedFile> generate(List<Standard> standards, List<GeneralPart> generals) {
    TypeNames names = new TypeNames();
    List<GeneratedFile> files = new ArrayList<>();
    TreeSet<String> services = new TreeSet<>();
    List<ClassName> standardTypes = new ArrayList<>();
    // Standards take their names first, so a violation class never renames a standard class.
    for (Standard standard : standards) {
      String wanted = JavaNames.type(standard.id());
      // A standard named class or string: ClassStandard, ClassStandardParties, never a class that
      // shadows java.lang's in the package (TypeNames would make it Class_2).
      if (JavaLangNames.clashes(wanted)) {
        wanted += "Standard";
      }
      standardTypes.add(ClassName.get(packageName, names.allocate(wanted)));
    }
    for (int i = 0; i < standards.size(); i++) {
      Standard standard = standards.get(i);
      ClassName standardType = standardTypes.get(i);
      LawEmitter law = new LawEmitter(standard, packageName, standardType.simpleName(), names);
      files.add(source(law.partiesType()));
      law.regulationTypes().forEach(type -> files.add(source(type)));
      List<ClassName> violationTypes = new ArrayList<>();
      for (Violation violation : standard.violations()) {
        // Codes are checked to be ASCII letters and digits: C05840_C05846Violation.
        String codes = violation.codes().first() + (violation.codes().isRange() ? "_" + violation.codes().last() : "");
        // A later version shares its codes with the version it supersedes: its classes carry the
        // standard's name (ExampleSecurity2026_E05403Violation), so neither is renamed by order.
        String version = standard.supersedes().isPresent() ? standardType.simpleName() + "_" : "";
        String wanted = version + (version.isEmpty() && Character.isDigit(codes.charAt(0)) ? "V" : "") + codes + "Violation";
        violationTypes.add(ClassName.get(packageName, names.allocate(wanted)));
      }
      // Names are allocated above, in order; the classes themselves are independent, so they
      // are emitted in parallel and collected back in source order: the output is unchanged.
      List<Violation> violations = standard.violations();
      // One class per distinct list of general parts: the standard's own list is
      // StandardGeneral, a regulation's longer list StandardGeneral + its first regulation.
      List<Generals.Scope> scopes = Generals.scopes(standard, generals);
      Map<String, GeneralPart> declared = Generals.byId(generals);
      List<String> own = standard.uses().stream().map(Ref::name).filter(declared::containsKey)
          .toList();
      Map<String, ClassName> generalTypes = new HashMap<>();
      List<ClassName> scopeTypes = new ArrayList<>();
      for (Generals.Scope scope : scopes) {
        String suffix = scope.ids().equals(own) ? ""
            : JavaNames.type(scope.regulations().get(0).id());
        ClassName type = ClassName.get(packageName,
            names.allocate(standardType.simpleName() + "General" + suffix));
        scopeTypes.add(type);
        scope.regulations().forEach(regulation -> generalTypes.put(regulation.id(), type));
      }
      Set<String> packageTypes = names.allocated();
      String version = ViolationDocs.version(standard, standards, standardTypes);
      files.addAll(java.util.stream.IntStream.range(0, violations.size()).parallel()
          .mapToObj(v -> new ViolationEmitter(standard, violations.get(v), violationTypes.get(v), standardType, law,
              packageTypes, version)
              .emit(Optional.ofNullable(generalTypes.get(violations.get(v).regulation()))))
          .map(this::source)
          .toList());
      for (int s = 0; s < scopes.size(); s++) {
        Generals.Scope scope = scopes.get(s);
        List<Violation> served = violations.stream().filter(v -> scope.covers(v.regulation())).toList();
        // A class that serves only some of the standard's violations refuses the others'
        // decisions: it knows their codes. One that serves them all needs no list.
        List<String> codes = served.size() == violations.size() ? List.of() : served.stream()
            .map(v -> v.codes().toString()).toList(); // C05837, or C05840..C05846
        files.add(source(GeneralEmitter.emit(standard, scope, scopeTypes.get(s), codes)));
      }
      files.add(source(StandardEmitter.emit(standard, standardType, violationTypes)));
      services.add(standardType.canonicalName());
    }
    files.add(new GeneratedFile(SERVICES_FILE, GeneratedFile.Kind.RESOURCE, String.join("\n", services) + "\n"));
    return files;
  }

  /**
   * Writes every character outside printable ASCII as a unicode escape, so that the source
   * decodes the same under any javac {@code -encoding} (a Chinese Windows build without {@code
   * project.build.sourceEncoding} reads GBK) and no text from a standard can make the source
   * read differently from what it compiles to ("Trojan Source": bidirectional overrides,
   * zero-width spaces). javac and javadoc turn the escapes back into the characters before
   * anything else, so constants and rendered Javadoc hold the Chinese text. Non-ASCII text can
   * only stand in string literals and comments; there a backslash of the text is already {@code
   * \\} or {@code &#92;}, so an escape written here never merges with one. Line ends and tabs
   * stay.
   */
  static String asciiSource(String source) {
    char[] chars = source.toCharArray();
    int escapes = 0;
    for (char c : chars) {
      if (escaped(c)) {
        escapes++;
      }
    }
    if (escapes == 0) {
      return source;
    }
    // Counted first, so the output is one array of its final size: a generated file is mostly
    // escaped Chinese text, and a growing builder copied it several times over.
    char[] out = new char[chars.length + escapes * 5];
    int at = 0;
    for (char c : chars) {
      if (escaped(c)) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[(c >> 12) & 0xf];
        out[at++] = HEX[(c >> 8) & 0xf];
        out[at++] = HEX[(c >> 4) & 0xf];
        out[at++] = HEX[c & 0xf];
      } else {
        out[at++] = c;
      }
    }
    return new String(out);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Whether a char is written as an escape: everything from DEL up, and the C0 controls but the
   * line feed and the tab. Those are exactly the chars below DEL that {@link
   * Characters#isInvisible} calls invisible (every C0 control is of type CONTROL), tested on its
   * own; asked per char, its Unicode table lookup for every line end cost a twentieth of the
   * generator's time.
   */
  private static boolean escaped(char c) {
    return c >= 0x7f || c < 0x20 && c != '\n' && c != '\t';
  }

  private GeneratedFile source(TypeSpec type) {
    JavaFile file = JavaFile.builder(packageName, type)
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
    String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + type.name() + ".java";
    return new GeneratedFile(path, GeneratedFile.Kind.SOURCE, asciiSource(file.toString()));
  }
}
