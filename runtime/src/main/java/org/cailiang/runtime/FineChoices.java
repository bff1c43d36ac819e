package org.cailiang.runtime;

import java.util.List;

/**
 * A party's fine that is only one option of a choice (警告或者罚款; 从轻的幅度或者减轻的幅度): no
 * fine is imposed until the officer chooses, so "the party's fine" has no answer. Integrator's
 * review: {@code fineFor} returned empty, which a client read as "not fined".
 */
final class FineChoices {
  /** The message of a null party, for {@link Decision} and {@link CaseDecision} alike (integrator: read as "not fined"). */
  static final String PARTY_NULL = "当事人（party）为 null：传入生成的 …Parties 类中的当事人常量";

  private FineChoices() {}

  /**
   * Throws when a choice among {@code sanctions} offers a fine on {@code party}; called where no
   * fine outside a choice falls on the party.
   *
   * @throws IllegalStateException naming the choice and where its options are read
   */
  static void refuse(List<Sanction> sanctions, Party party) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Alternative choice && offers(choice.options(), party)) {
        throw new IllegalStateException("对" + party.label() + "的罚款只是可选择的处罚之一（"
            + choice.toChinese() + "），由执法人员选择，不是确定的罚款：用 fineOptionsFor 读出各个选项");
      }
    }
  }

  /**
   * Whether no fine falls on {@code party} outright and a choice offers one: what {@code fineFor}
   * refuses, asked without an exception (integrator's re-check).
   */
  static boolean onlyAnOption(List<Sanction> sanctions, Party party) {
    boolean offered = false;
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Fine fine && fine.parties().contains(party)) {
        return false;
      }
      offered |= sanction instanceof Sanction.Alternative choice && offers(choice.options(), party);
    }
    return offered;
  }

  /** Every fine among {@code sanctions} on {@code party}, within choices too, in order. */
  static List<Sanction.Fine> options(List<Sanction> sanctions, Party party) {
    List<Sanction.Fine> fines = new java.util.ArrayList<>();
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Fine fine && fine.parties().contains(party)) {
        fines.add(fine);
      }
    }
    return List.copyOf(fines);
  }

  private static boolean offers(List<Sanction> options, Party party) {
    for (Sanction option : options) {
      if (option instanceof Sanction.Fine fine && fine.parties().contains(party)
          || option instanceof Sanction.Alternative inner && offers(inner.options(), party)) {
        return true;
      }
    }
    return false;
  }
}
