package org.cailiang.dsl.model;

/**
 * What a party is: a natural person (公民) or an organisation (法人或者其他组织). Only a person
 * can be detained (行政拘留限制人身自由).
 */
public enum PartyKind {
  PERSON("person", "自然人"),
  ORGANIZATION("organization", "单位");

  private final String keyword;
  private final String label;

  PartyKind(String keyword, String label) {
    this.keyword = keyword;
    this.label = label;
  }

  /** The word in the source: {@code person}, {@code organization}. */
  public String keyword() {
    return keyword;
  }

  /** The word in messages. */
  public String label() {
    return label;
  }
}
