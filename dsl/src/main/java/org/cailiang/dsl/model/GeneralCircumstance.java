package org.cailiang.dsl.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A circumstance of the case, not of one violation (未满十四周岁, 主动消除危害后果 …), set by the
 * officer. Without an effect it only serves a limitation period or a procedure rule.
 *
 * @param basis the legal basis as cited, empty when not given
 * @param onlyFor the kind of party it can concern ({@code for person}), empty when any
 * @param implies the circumstances that hold whenever this one does ({@code implies}: 已满十四周岁
 *     不满十六周岁 is also 已满十四周岁不满十八周岁), in source order
 */
public record GeneralCircumstance(String id, String label, Optional<Effect> effect, String basis,
    Optional<PartyKind> onlyFor, List<Ref> implies, SourceSpan span) {
  /** A circumstance of any party. */
  public GeneralCircumstance(
      String id, String label, Optional<Effect> effect, String basis, SourceSpan span) {
    this(id, label, effect, basis, Optional.empty(), List.of(), span);
  }

  /** A circumstance that implies no other. */
  public GeneralCircumstance(String id, String label, Optional<Effect> effect, String basis,
      Optional<PartyKind> onlyFor, SourceSpan span) {
    this(id, label, effect, basis, onlyFor, List.of(), span);
  }

  public GeneralCircumstance {
    implies = List.copyOf(implies);
    Objects.requireNonNull(onlyFor, "onlyFor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }
}
