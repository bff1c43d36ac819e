package org.cailiang.dsl.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A circumstance of the case, not of one violation (未满十四周岁, 主动消除危害后果 …), set by the
 * officer. Without an effect it only serves a limitation period or a procedure rule.
 *
 * @param basis the legal basis as cited, empty when not given
 */
public record GeneralCircumstance(
    String id, String label, Optional<Effect> effect, String basis, SourceSpan span) {
  public GeneralCircumstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }
}
