package org.cailiang.runtime;

/** The kinds of sanction a tier can impose, with their Chinese names. */
public enum SanctionKind {
  /** 警告. */
  WARNING("警告"),
  /** 通报批评. */
  CRITICISM("通报批评"),
  /** 责令改正类措施. */
  ORDER("责令改正类措施"),
  /** 罚款. */
  FINE("罚款"),
  /** 没收. */
  CONFISCATION("没收"),
  /** 拘留. */
  DETENTION("拘留"),
  /** 暂扣或者吊销许可证件. */
  LICENCE("暂扣或者吊销许可证件"),
  /** 责令停产停业. */
  SUSPENSION("责令停产停业"),
  /** 移送或者依法处理. */
  REFERRAL("移送或者依法处理"),
  /** 不予处罚. */
  NO_PENALTY("不予处罚"),
  /** 择一适用. */
  ALTERNATIVE("择一适用");

  private final String label;

  SanctionKind(String label) {
    this.label = label;
  }

  /** {@return the Chinese name of the kind} */
  public String label() {
    return label;
  }
}
