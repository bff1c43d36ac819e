package org.cailiang.runtime;

import java.util.Objects;

/**
 * What a general circumstance does to the penalty, as 行政处罚法第三十条至第三十三条 word it: 应当 or
 * 可以, and 不予, 从轻, 减轻, 从轻或者减轻 or 从重; and, as 治安管理处罚法第二十三条 words it, 不执行行政拘留.
 *
 * @param modality whether it binds the officer
 * @param kind how the penalty moves
 */
public record GeneralEffect(Modality modality, Kind kind) {
  /**
   * Requires both parts.
   *
   * @param modality whether it binds the officer
   * @param kind how the penalty moves
   */
  public GeneralEffect {
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(kind, "kind");
  }

  /** 应当 binds the officer; 可以 only offers an option. */
  public enum Modality {
    /** 应当: applied. */
    SHALL("应当"),
    /** 可以: offered, never applied. */
    MAY("可以");

    private final String label;

    Modality(String label) {
      this.label = label;
    }

    /** {@return {@code 应当} or {@code 可以}} */
    public String label() {
      return label;
    }
  }

  /** How the penalty moves. */
  public enum Kind {
    /** 不予: no penalty. */
    WAIVE("不予"),
    /** 从轻: within the range, in its lower part. */
    LIGHTER("从轻"),
    /** 减轻: below the range. */
    REDUCED("减轻"),
    /** 从轻或者减轻: either, the officer chooses. */
    LIGHTER_OR_REDUCED("从轻或者减轻"),
    /** 从重: within the range, in its upper part. */
    HEAVIER("从重"),
    /**
     * 不执行行政拘留: the detention is decided as the other effects leave it, and not executed
     * (治安管理处罚法第二十三条); other sanctions are executed.
     */
    NOT_EXECUTED("不执行行政拘留");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** {@return {@code 从轻或者减轻}} */
    public String label() {
      return label;
    }

    /** {@return whether the penalty goes down (从轻, 减轻 or either)} */
    public boolean lighter() {
      return this == LIGHTER || this == REDUCED || this == LIGHTER_OR_REDUCED;
    }
  }

  /** {@return {@code 应当从轻或者减轻处罚}} */
  public String label() {
    return modality.label() + kind.label() + "处罚";
  }
}
