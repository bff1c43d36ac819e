package org.cailiang.dsl.format;

/** Which form of the keywords the formatter writes. */
public enum KeywordSet {
  /** Each keyword as the author wrote it. */
  AS_WRITTEN,
  /** English keywords: {@code fine}, {@code tier}. */
  EN,
  /** Chinese keywords: {@code 罚款}, {@code 阶次}. */
  ZH
}
