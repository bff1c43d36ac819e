package org.cailiang.dsl.versions;

import java.util.List;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.internal.VersionLinks;

/**
 * The versions of one standard in time: standards linked by {@code supersedes}, oldest first
 * (which version is in force when is the runtime's {@code VersionChain}, through {@link
 * org.cailiang.dsl.eval.LawInTime}).
 * A standard that supersedes none and is superseded by none is a chain of one.
 */
public final class Versions {
  private Versions() {}

  /**
   * Every chain of versions of these standards, each oldest first, in the order of their
   * oldest version. A link to an unknown standard, a fork or a cycle is reported by the checks;
   * here such a link is cut, so every standard is in exactly one chain.
   */
  public static List<List<Standard>> chains(List<Standard> standards) {
    return VersionLinks.chains(standards, Standard::id,
        standard -> standard.supersedes().map(Ref::name).orElse(""));
  }
}
