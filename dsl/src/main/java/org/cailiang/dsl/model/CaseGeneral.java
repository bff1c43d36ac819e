package org.cailiang.dsl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a test case states for the general part (总则, §18) and what it expects of it:
 *
 * <pre>
 * case "…" { … } general { minor_age; act "2024-03-01"; discovered "2024-05-01"; fine 600 }
 *   expect B030 verdict 给予 { fine individual 250..750 } option 不予 procedure hearing 不适用
 * </pre>
 *
 * <p>Words are kept as written, with where they were written: the checks report a word that
 * means nothing at its place ({@code case}), so the runner only meets known ones.
 *
 * @param circumstances the general circumstances that hold, by id or label
 * @param act the day of the act, as written ({@code "2024-03-01"})
 * @param discovered the day the act was discovered, as written
 * @param fine the proposed fine, in yuan
 * @param verdict the verdict expected: 给予, 不予 or 超过时效
 * @param options the effects expected among the options offered (e.g. 不予)
 * @param procedures the procedure flags expected
 * @param span where the general block starts
 */
public record CaseGeneral(
    List<Ref> circumstances,
    Optional<Ref> act,
    Optional<Ref> discovered,
    Optional<BigDecimal> fine,
    Optional<Ref> verdict,
    List<Ref> options,
    List<ExpectedProcedure> procedures,
    SourceSpan span) {
  public CaseGeneral {
    circumstances = List.copyOf(circumstances);
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(discovered, "discovered");
    Objects.requireNonNull(fine, "fine");
    Objects.requireNonNull(verdict, "verdict");
    options = List.copyOf(options);
    procedures = List.copyOf(procedures);
    Objects.requireNonNull(span, "span");
  }

  /** The verdicts a case may expect, by the word written after {@code verdict}. */
  public enum Verdict {
    PUNISHED("给予"),
    WAIVED("不予"),
    TIME_BARRED("超过时效"),
    ORDERS_ONLY("只责令");

    private final String word;

    Verdict(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    /** The verdict written as this word, if any. */
    public static Optional<Verdict> of(String word) {
      for (Verdict verdict : values()) {
        if (verdict.word.equals(word)) {
          return Optional.of(verdict);
        }
      }
      return Optional.empty();
    }
  }

  /** A procedure flag expected: {@code procedure hearing 适用}. */
  public record ExpectedProcedure(Ref procedure, Ref status) {}
}
