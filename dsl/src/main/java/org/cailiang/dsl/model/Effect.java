package org.cailiang.dsl.model;

import java.util.Objects;

/**
 * What a general circumstance does to the penalty, as 行政处罚法第三十条至第三十三条 word it: 应当 or
 * 可以, and 不予, 从轻, 减轻, 从轻或者减轻 or 从重; and 不执行行政拘留 (治安管理处罚法第二十三条).
 */
public record Effect(Modality modality, Kind kind) {
  public Effect {
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(kind, "kind");
  }

  /** 应当 binds the officer; 可以 only offers an option. */
  public enum Modality {
    SHALL("应当"),
    MAY("可以");

    private final String label;

    Modality(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How the penalty moves. */
  public enum Kind {
    WAIVE("不予"),
    LIGHTER("从轻"),
    REDUCED("减轻"),
    LIGHTER_OR_REDUCED("从轻或者减轻"),
    HEAVIER("从重"),
    /** The detention decided is not executed; it moves nothing. */
    NOT_EXECUTED("不执行行政拘留");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether the penalty goes down (从轻, 减轻 or either). */
    public boolean lighter() {
      return this == LIGHTER || this == REDUCED || this == LIGHTER_OR_REDUCED;
    }
  }

  /** {@code 应当从轻或者减轻}. */
  public String label() {
    return modality.label() + kind.label() + "处罚";
  }
}
