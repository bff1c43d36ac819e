package org.cailiang.runtime;

/**
 * What the general part leaves to the officer ({@link CaseDecision#unresolved()}) in sentences of
 * its own: the explanation states these as they are. The others, on 减轻 without a statutory
 * minimum, are said in their step's rule or after an option.
 */
final class OfficerNotes {
  /** A circumstance of one kind of party, in a case without such a party. */
  static final String NOT_APPLIED = "总则情节「";
  /** A party whose kind the standard does not declare, met by such a circumstance. */
  static final String UNDECLARED = "当事人「";
  /** Several parties of the kind a circumstance concerns: which one it is, the facts do not say. */
  static final String SEVERAL = "本案「";
  /** A confiscation the tier imposes, in a case 不予处罚. */
  static final String CONFISCATION_WAIVED = "不予行政处罚时，";
  /** A confiscation the tier imposes, beside a 可以不予 option. */
  static final String OPTION_WAIVED = "如适用不予处罚的选项，";
  /** 从重 beside 应当减轻, which the reduction's range does not show. */
  static final String HEAVIER_UNSHOWN = "从重情节「";
  private OfficerNotes() {}

  /** Whether the explanation states this note as it is. */
  /**
   * Notes a dated evaluation adds beside an outcome ({@link CaseDecision#withUnresolved}): a
   * proposed fine one version does not allow, the author's higher-law record. They are said among
   * the points left to the officer, not in the explanation, which is not rebuilt for them
   * (regression check: the first read "如适用可以减轻处罚的选项：版本 …", and only when rebuilt).
   */
  static boolean addedBeside(String note) {
    return note.startsWith(org.cailiang.runtime.internal.HigherLawNotes.PREFIX)
        || note.startsWith("作出处罚决定之日（") && note.contains(org.cailiang.runtime.internal.HigherLawNotes.PREFIX)
        || note.startsWith("版本 ") && note.endsWith(org.cailiang.runtime.internal.CaseJson.PROPOSED_FINE_NOTE_END);
  }

  static boolean statedAsIs(String note) {
    return note.startsWith(NOT_APPLIED) || note.startsWith(UNDECLARED)
        || note.startsWith(SEVERAL) || note.startsWith(HEAVIER_UNSHOWN)
        || note.startsWith(CONFISCATION_WAIVED) || note.startsWith(OPTION_WAIVED)
        || note.startsWith(org.cailiang.runtime.internal.CaseJson.MEASURES_AFTER_LIMITATION);
  }

  /**
   * The guardian's order of a waiver (第三十条、第三十一条) on a tier without a penalty: the order
   * follows from the act, so it stands where there is nothing to waive.
   */
  static String guardianMeasures(java.util.List<String> labels, String bases,
      java.util.List<Sanction> measures) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (Sanction measure : measures) {
      texts.add(((Sanction.Order) measure).text());
    }
    return NOT_APPLIED + String.join("、", labels) + "」：本阶次没有行政处罚，无须不予；依" + bases + "，"
        + String.join("，", texts);
  }

  /**
   * 《行政处罚法》第二十八条第二款: 违法所得 shall be confiscated; whether that holds when the case is
   * not punished (第三十条至第三十三条) the law does not say in so many words, and it is disputed.
   */
  static String confiscationWaived(String what) {
    return CONFISCATION_WAIVED + confiscation(what) + "，结果未列入，须由执法人员依法决定";
  }

  /** The same for a 可以不予 option, which is never applied. */
  static String confiscationIfWaived(String what) {
    return OPTION_WAIVED + confiscation(what) + "，须由执法人员依法决定";
  }

  private static String confiscation(String what) {
    return "阶次的没收" + what + "是否仍应执行"
        + (what.contains("违法所得") ? "（《中华人民共和国行政处罚法》第二十八条第二款：当事人有违法所得，"
            + "除依法应当退赔的外，应当予以没收）" : "");
  }

  /**
   * 减轻 counts from the statutory minimum, whatever 从重 did before it: the heavier circumstances
   * would leave no trace, so the officer weighs them within the reduced range.
   */
  static String heavierUnshown(String labels, boolean orLighter) {
    return HEAVIER_UNSHOWN + labels + "」在减轻后的幅度中没有体现（减轻以法定最低限为基数，与从重无关）："
        + (orLighter ? "选择减轻时，" : "") + "须由执法人员在减轻的幅度内考虑从重";
  }
}
