package org.cailiang.dsl.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A circumstance of the case, not of one violation (未满十四周岁, 主动消除危害后果 …), set by the
 * officer. Without an effect it only serves a limitation period or a procedure rule.
 *
 * @param basis the legal basis as cited, empty when not given
 * @param onlyFor the kind of party it can concern ({@code for person}), empty when any
 */
public record GeneralCircumstance(String id, String label, Optional<Effect> effect, String basis,
    Optional<PartyKind> onlyFor, SourceSpan span) {
  /** A circumstance of any party. */
  public GeneralCircumstance(
      String id, String label, Optional<Effect> effect, String basis, SourceSpan span) {
    this(id, label, effect, basis, Optional.empty(), span);
  }

  public GeneralCircumstance {
    Objects.requireNonNull(onlyFor, "onlyFor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }
}
