package org.cailiang.runtime;

/** The kinds of sanction a tier can impose, with their Chinese names. */
public enum SanctionKind {
  WARNING("警告"),
  CRITICISM("通报批评"),
  ORDER("责令改正类措施"),
  FINE("罚款"),
  CONFISCATION("没收"),
  DETENTION("拘留"),
  LICENCE("暂扣或者吊销许可证件"),
  SUSPENSION("责令停产停业"),
  REFERRAL("移送或者依法处理"),
  NO_PENALTY("不予处罚"),
  ALTERNATIVE("择一适用");

  private final String label;

  SanctionKind(String label) {
    this.label = label;
  }

  /** The Chinese name of the kind. */
  public String label() {
    return label;
  }
}
