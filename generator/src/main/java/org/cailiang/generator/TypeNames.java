package org.cailiang.generator;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out top-level type names that are unique in a package, also on file systems that ignore
 * case ({@code Foo.java} and {@code FOO.java} are one file there), short enough to be the name of
 * a file, and none of {@code java.lang}'s.
 */
final class TypeNames {
  private final Set<String> taken = new HashSet<>();
  private final Set<String> allocated = new HashSet<>();

  TypeNames() {
    // Taken from the start: a class String in the package would shadow java.lang.String for
    // every generated file in it (JavaLangNames). The generator names such a standard
    // StringStandard; any other type would be String_2.
    taken.addAll(JavaLangNames.LOWER_CASE);
  }

  String allocate(String wanted) {
    wanted = JavaNames.fitted(wanted);
    String name = wanted;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = wanted + "_" + n;
    }
    allocated.add(name);
    return name;
  }

  /** {@return every name handed out so far, as handed out} */
  Set<String> allocated() {
    return Set.copyOf(allocated);
  }
}
