package org.cailiang.dsl.check;

import java.util.List;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Standard;

/**
 * Runs the checks every compilation needs: declarations and references, condition types,
 * sanctions and codes. Everything found goes to the one reporter; nothing stops at the first.
 */
public final class Checker {
  /**
   * The generator emits a violation's tried tiers in classes of at most this many (the otherwise
   * tier and the statute stay in the violation's class): the checks bound what one class holds.
   */
  public static final int TIERS_PER_BLOCK = 64;

  private Checker() {}

  /** Checks the standards of one build together: codes must be unique across all of them. */
  public static void check(List<Standard> standards, Diagnostics diagnostics) {
    // One id, one standard: the registry and the generated class names go by it.
    java.util.Map<String, Standard> ids = new java.util.HashMap<>();
    for (Standard standard : standards) {
      Standard first = ids.putIfAbsent(standard.id(), standard);
      if (first != null) {
        diagnostics.error(standard.span(), "duplicate-name",
            "标准 " + standard.id() + " 重复（首次声明于 " + first.span() + "）");
      }
    }
    for (Standard standard : standards) {
      new DeclarationChecks(standard, diagnostics).run();
      new LevelDeclarations(standard, diagnostics).run();
    }
    new VersionChecks(diagnostics).run(standards);
    new CodeChecks(diagnostics).run(standards);
  }
}
