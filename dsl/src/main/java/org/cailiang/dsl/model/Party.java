package org.cailiang.dsl.model;

import java.util.Optional;

/**
 * A party a standard declares: {@code party unit "单位" organization}.
 *
 * @param kind whether it is a person or an organisation; empty when not declared
 */
public record Party(String id, String label, Optional<PartyKind> kind, SourceSpan span) {

  /** A party whose kind is not declared. */
  public Party(String id, String label, SourceSpan span) {
    this(id, label, Optional.empty(), span);
  }
}
