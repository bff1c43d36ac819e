package org.cailiang.dsl.eval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.versions.Versions;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;

/**
 * Decides a case under the version of the law in force at the act date, unless the version in
 * force at the decision date no longer punishes the conduct or punishes it more lightly for the
 * same facts (从旧兼从轻, 《行政处罚法》第三十七条). A version is in force from its effective date
 * (inclusive) to the day before its repeal or its successor's effective date (inclusive).
 */
public final class LawInTime {
  private final List<List<Standard>> chains;
  private final Map<Standard, Standards> registries = new HashMap<>();

  /** The law in time of these checked standards. */
  public LawInTime(List<Standard> standards) {
    this.chains = Versions.chains(standards);
    for (Standard standard : standards) {
      registries.put(standard, Standards.of(Interpreter.standard(standard)));
    }
  }

  /**
   * Decides a case.
   *
   * @throws UnknownCodeException when no version of any standard has the code
   * @throws IllegalArgumentException when the decision precedes the act
   * @throws org.cailiang.runtime.InvalidFactsException when a version weighed lacks a fact
   */
  public TimedDecision decide(String code, Map<String, ?> facts, LocalDate act, LocalDate decision) {
    if (decision.isBefore(act)) {
      throw new IllegalArgumentException("决定日期 " + decision + " 早于违法行为发生日期 " + act);
    }
    List<Standard> chain = chainWith(code);
    Optional<Standard> then = Versions.inForce(chain, act).filter(v -> has(v, code));
    if (then.isEmpty()) {
      return new TimedDecision(act, decision, TimedDecision.Ground.NOT_PUNISHABLE_AT_ACT, List.of(),
          "违法行为发生时（" + act + "）施行的版本没有规定编码 " + code + " 的处罚，不予处罚");
    }
    Optional<Standard> now = Versions.inForce(chain, decision).filter(v -> has(v, code));
    TimedDecision.Applied old = applied(chain, then.get(), code, facts);
    if (now.isEmpty()) {
      return new TimedDecision(act, decision, TimedDecision.Ground.NO_LONGER_PUNISHED, List.of(),
          "作出处罚决定时（" + decision + "）施行的版本已不再处罚该行为（不认为是违法），依照"
              + TimedDecision.ARTICLE_37 + "适用新的规定，不予处罚；行为时适用 " + old.version());
    }
    if (now.get() == then.get()) {
      return new TimedDecision(act, decision, TimedDecision.Ground.IN_FORCE, List.of(old),
          "适用违法行为发生时施行的 " + old.version() + "（" + old.period() + "）");
    }
    TimedDecision.Applied next = applied(chain, now.get(), code, facts);
    Lenity.Verdict verdict = Lenity.compare(old.decision().sanctions(), next.decision().sanctions());
    return switch (verdict) {
      case LIGHTER -> new TimedDecision(act, decision, TimedDecision.Ground.NEW_LIGHTER, List.of(next),
          "新的规定处罚较轻，依照" + TimedDecision.ARTICLE_37 + "适用 " + next.version() + "（"
              + next.period() + "），不适用行为时的 " + old.version());
      case SAME, HEAVIER -> new TimedDecision(act, decision, TimedDecision.Ground.OLD_NOT_LIGHTER,
          List.of(old), "新的规定处罚" + verdict.label() + "，依照" + TimedDecision.ARTICLE_37
              + "适用违法行为发生时施行的 " + old.version() + "（" + old.period() + "）");
      case INCOMPARABLE -> new TimedDecision(act, decision, TimedDecision.Ground.INCOMPARABLE,
          List.of(old, next), "新旧规定处罚轻重无法比较（一项较轻、另一项较重），须由执法人员依照"
              + TimedDecision.ARTICLE_37 + "判断哪一个处罚较轻：" + old.version() + " 与 " + next.version()
              + " 的结果均列出");
    };
  }

  private List<Standard> chainWith(String code) {
    for (List<Standard> chain : chains) {
      for (Standard version : chain) {
        if (has(version, code)) {
          return chain;
        }
      }
    }
    // No version has it: let a registry say so, with its suggestions.
    Standards all = Standards.of(chains.stream().map(c -> c.get(c.size() - 1))
        .map(Interpreter::standard).toArray(org.cailiang.runtime.Standard[]::new));
    all.violation(code);
    throw new UnknownCodeException(code, "未知编码 " + code);
  }

  private boolean has(Standard version, String code) {
    try {
      registries.get(version).violation(code);
      return true;
    } catch (UnknownCodeException e) {
      return false;
    }
  }

  private TimedDecision.Applied applied(
      List<Standard> chain, Standard version, String code, Map<String, ?> facts) {
    Violation violation = registries.get(version).violation(code);
    Decision decision = registries.get(version).evaluate(code, factsFor(violation, facts, chain, code));
    String period = Versions.describe(chain, chain.indexOf(version));
    return new TimedDecision.Applied(version.id(),
        period.substring(period.indexOf('（') + 1, period.length() - 1), decision);
  }

  /**
   * The facts a version declares; a fact no version of the chain declares is passed on, so the
   * version reports it as unknown rather than have it silently ignored.
   */
  private Map<String, ?> factsFor(
      Violation violation, Map<String, ?> facts, List<Standard> chain, String code) {
    Set<String> own = violation.facts().stream().map(FactSpec::id).collect(Collectors.toSet());
    Set<String> any = new java.util.HashSet<>();
    for (Standard version : chain) {
      if (has(version, code)) {
        registries.get(version).violation(code).facts().forEach(f -> any.add(f.id()));
      }
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    facts.forEach((k, v) -> {
      if (own.contains(k) || !any.contains(k)) {
        kept.put(k, v);
      }
    });
    return kept;
  }
}
