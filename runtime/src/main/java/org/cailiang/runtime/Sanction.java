package org.cailiang.runtime;

import java.util.List;
import java.util.Objects;
import org.cailiang.runtime.internal.Chinese;

/**
 * One sanction of a decision. The hierarchy is sealed: a case-handling system can dispatch over
 * every kind there is.
 */
public sealed interface Sanction {

  /** {@return the kind of this sanction} */
  SanctionKind kind();

  /** {@return whether the authority may, but need not, impose it (可以并处, 并可处)} */
  boolean optional();

  /** {@return the sanction as a clause of an official decision, e.g. {@code 对个人处500元以下罚款}} */
  String toChinese();

  /** {@code Fine[对个人处500元以上1000元以下罚款]}: the kind, then the clause as written. */
  private static String shown(Sanction sanction) {
    return sanction.getClass().getSimpleName() + "[" + sanction.toChinese() + "]";
  }

  /** 警告. */
  record Warning(boolean optional) implements Sanction {
    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.WARNING;
    }

    @Override
    public String toChinese() {
      return optional ? "可以予以警告" : "予以警告";
    }
  }

  /** 通报批评. */
  record Criticism(boolean optional) implements Sanction {
    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.CRITICISM;
    }

    @Override
    public String toChinese() {
      return optional ? "可以予以通报批评" : "予以通报批评";
    }
  }

  /** An order that is not a penalty: 责令改正, 责令限期整改, 责令拆除, 责令停止联网… */
  record Order(String text) implements Sanction {
    /**
     * Requires the text.
     *
     * @param text the order as written, e.g. {@code 责令拆除}
     */
    public Order {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.ORDER;
    }

    @Override
    public boolean optional() {
      return false;
    }

    @Override
    public String toChinese() {
      return text;
    }
  }

  /**
   * A fine on one or more parties.
   *
   * @param parties the parties fined; with {@code each}, every person of each party is fined
   * @param each whether each person is fined the range separately (分别)
   * @param range the range in yuan
   * @param basis for a fine computed from an amount fact, how it was computed (e.g. {@code
   *     违法所得1倍以上3倍以下}); {@code null} for a range written in yuan
   * @param optional whether the fine may, but need not, be imposed
   */
  record Fine(List<Party> parties, boolean each, MoneyRange range, String basis, boolean optional)
      implements Sanction {
    /**
     * The basis of a computed fine once a general adjustment moved it: the multiples of the
     * amount no longer describe the range (3–6 倍 reduced is not 3–6 倍), so only the amounts show.
     */
    public static final String ADJUSTED = "经依法调整";

    /**
     * Copies the parties; requires the range.
     *
     * @param parties the parties fined; with {@code each}, every person of each party is fined
     * @param each whether each person is fined the range separately (分别)
     * @param range the range in yuan
     * @param basis for a fine computed from an amount fact, how it was computed (e.g. {@code
     *     违法所得1倍以上3倍以下}); {@code null} for a range written in yuan
     * @param optional whether the fine may, but need not, be imposed
     * @throws IllegalArgumentException when no party is fined
     */
    public Fine {
      parties = List.copyOf(parties);
      Objects.requireNonNull(range, "range");
      if (parties.isEmpty()) {
        throw new IllegalArgumentException("a fine needs a party");
      }
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.FINE;
    }

    @Override
    public String toChinese() {
      StringBuilder text = new StringBuilder();
      if (optional) {
        text.append("可以");
      }
      text.append("对").append(Chinese.labels(parties));
      if (each) {
        text.append("分别");
      }
      if (ADJUSTED.equals(basis)) {
        text.append(ADJUSTED).append("，");
      }
      text.append(optional ? "并处" : "处");
      if (basis != null && !ADJUSTED.equals(basis)) {
        text.append(basis).append("（即").append(range.toChinese()).append("）");
      } else {
        text.append(range.toChinese());
      }
      return text.append("罚款").toString();
    }
  }

  /** 没收违法所得, 没收非法财物. */
  record Confiscation(String what, boolean optional) implements Sanction {
    /**
     * Requires what is confiscated.
     *
     * @param what what is confiscated, e.g. {@code 违法所得}
     * @param optional whether it may, but need not, be imposed
     */
    public Confiscation {
      Objects.requireNonNull(what, "what");
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.CONFISCATION;
    }

    @Override
    public String toChinese() {
      return (optional ? "可以没收" : "没收") + what;
    }
  }

  /**
   * Administrative detention (行政拘留) in days, bounds included.
   *
   * @param party the party detained
   * @param minDays the least number of days, 0 when the text says only {@code N日以下}
   * @param maxDays the greatest number of days
   * @param optional whether it may, but need not, be imposed
   * @param executed false when the law says the detention decided is not executed (治安管理处罚法
   *     第二十三条: a general circumstance of effect {@code 不执行行政拘留}); a table's tier always
   *     gives true
   */
  record Detention(Party party, int minDays, int maxDays, boolean optional, boolean executed)
      implements Sanction {
    /**
     * Requires the party and a range of days.
     *
     * @param party the party detained
     * @param minDays the least number of days, 0 when the text says only {@code N日以下}
     * @param maxDays the greatest number of days
     * @param optional whether it may, but need not, be imposed
     * @param executed whether the detention decided is executed
     * @throws IllegalArgumentException when {@code minDays} is negative or above {@code maxDays}
     */
    public Detention {
      Objects.requireNonNull(party, "party");
      if (minDays < 0 || minDays > maxDays) {
        throw new IllegalArgumentException("detention days " + minDays + ".." + maxDays);
      }
    }

    /**
     * A detention to be executed, as every tier of a table gives it.
     *
     * @param party the party detained
     * @param minDays the least number of days, 0 when the text says only {@code N日以下}
     * @param maxDays the greatest number of days
     * @param optional whether it may, but need not, be imposed
     * @throws IllegalArgumentException when {@code minDays} is negative or above {@code maxDays}
     */
    public Detention(Party party, int minDays, int maxDays, boolean optional) {
      this(party, minDays, maxDays, optional, true);
    }

    /** {@return the same detention, decided but not executed} */
    public Detention notExecuted() {
      return new Detention(party, minDays, maxDays, optional, false);
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.DETENTION;
    }

    @Override
    public String toChinese() {
      String days =
          minDays == maxDays
              ? maxDays + "日"
              : (minDays == 0 ? "" : minDays + "日以上") + maxDays + "日以下";
      return (optional ? "可以对" : "对") + party.label() + "处" + days + "拘留"
          + (executed ? "" : "（不执行）");
    }
  }

  /** 暂扣 or 吊销 a permit or licence. */
  record LicenceAction(Action action, String licence, boolean optional) implements Sanction {
    /** What happens to the licence. */
    public enum Action {
      /** 暂扣: the licence is held for a time. */
      SUSPEND("暂扣"),
      /** 吊销: the licence is withdrawn. */
      REVOKE("吊销");

      private final String label;

      Action(String label) {
        this.label = label;
      }

      /** {@return {@code 暂扣} or {@code 吊销}} */
      public String label() {
        return label;
      }
    }

    /**
     * Requires the action and the licence.
     *
     * @param action suspended (暂扣) or revoked (吊销)
     * @param licence the permit or licence as written, e.g. {@code 许可证}
     * @param optional whether it may, but need not, be imposed
     */
    public LicenceAction {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(licence, "licence");
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.LICENCE;
    }

    @Override
    public String toChinese() {
      return (optional ? "可以" : "") + action.label() + licence;
    }
  }

  /** 责令停产停业 (整顿), with its wording as written. */
  record Suspension(String text, boolean optional) implements Sanction {
    /**
     * Requires the text.
     *
     * @param text the wording as written, e.g. {@code 责令停产停业}
     * @param optional whether it may, but need not, be imposed
     */
    public Suspension {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.SUSPENSION;
    }

    @Override
    public String toChinese() {
      return (optional ? "可以" : "") + text;
    }
  }

  /** A referral: 构成违反治安管理行为的…, 构成犯罪的，依法追究刑事责任. */
  record Referral(String text) implements Sanction {
    /**
     * Requires the text.
     *
     * @param text the referral as written
     */
    public Referral {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.REFERRAL;
    }

    @Override
    public boolean optional() {
      return false;
    }

    @Override
    public String toChinese() {
      return text;
    }
  }

  /**
   * No penalty (不予处罚, 免予处罚) and the articles that ground it.
   *
   * @param text the outcome as written, e.g. {@code 不予处罚}
   * @param grounds the articles that allow it
   */
  record NoPenalty(String text, List<Citation> grounds) implements Sanction {
    /**
     * Copies the grounds; requires the text.
     *
     * @param text the outcome as written, e.g. {@code 不予处罚}
     * @param grounds the articles that allow it
     */
    public NoPenalty {
      Objects.requireNonNull(text, "text");
      grounds = List.copyOf(grounds);
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.NO_PENALTY;
    }

    @Override
    public boolean optional() {
      return false;
    }

    @Override
    public String toChinese() {
      return grounds.isEmpty() ? text : "依据" + Chinese.citations(grounds) + "，" + text;
    }
  }

  /** One of several sanctions, at the authority's choice (或者). */
  record Alternative(List<Sanction> options, boolean optional) implements Sanction {
    /**
     * Copies the options.
     *
     * @param options the sanctions to choose from, two or more, in order
     * @param optional whether the choice may, but need not, be imposed
     * @throws IllegalArgumentException when fewer than two options are given
     */
    public Alternative {
      options = List.copyOf(options);
      if (options.size() < 2) {
        throw new IllegalArgumentException("an alternative needs two options or more");
      }
    }

    @Override
    public String toString() {
      return shown(this);
    }

    @Override
    public SanctionKind kind() {
      return SanctionKind.ALTERNATIVE;
    }

    @Override
    public String toChinese() {
      StringBuilder text = new StringBuilder(optional ? "可以" : "");
      for (int i = 0; i < options.size(); i++) {
        if (i > 0) {
          text.append("或者");
        }
        text.append(options.get(i).toChinese());
      }
      return text.toString();
    }
  }
}
