package org.cailiang.dsl.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Replacement;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Validity;
import org.cailiang.dsl.versions.Versions;

/**
 * Checks versions in time: {@code supersedes} names a standard of the build, versions of one
 * standard follow each other without overlap or hole, dates are in order, and a {@code
 * replaces} names an article of the superseded version.
 */
final class VersionChecks {
  private final Diagnostics diagnostics;

  VersionChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void run(List<Standard> standards) {
    Map<String, Standard> byId = new HashMap<>();
    standards.forEach(s -> byId.putIfAbsent(s.id(), s));
    Map<String, Standard> successors = new HashMap<>();
    for (Standard standard : standards) {
      period(standard.validity(), standard.span());
      standard.regulations().forEach(r -> period(r.validity(), r.span()));
      standard.regulations().forEach(r -> beforeItsLaw(standard, r));
      Optional<Standard> old = supersedes(standard, byId, successors);
      for (Regulation regulation : standard.regulations()) {
        for (Replacement replacement : regulation.replacements()) {
          replacement(standard, regulation, replacement, old);
        }
      }
    }
    for (List<Standard> chain : Versions.chains(standards)) {
      for (int i = 0; i + 1 < chain.size(); i++) {
        adjacent(chain.get(i), chain.get(i + 1));
        sharedFacts(chain.get(i), chain.get(i + 1));
      }
    }
  }

  /**
   * A fact a code keeps by name from one version to the next but with another type or other
   * values: a case across the two (从旧兼从轻) is judged under both, and one set of facts cannot
   * be read by both (hostile check: eval refused every value; diff could not compare).
   */
  private void sharedFacts(Standard old, Standard next) {
    Map<String, org.cailiang.dsl.model.Violation> before = new HashMap<>();
    old.violations().forEach(v -> v.codes().codes().forEach(code -> before.put(code, v)));
    for (org.cailiang.dsl.model.Violation violation : next.violations()) {
      org.cailiang.dsl.model.Violation earlier = before.get(violation.codes().first());
      if (earlier == null) {
        continue;
      }
      for (org.cailiang.dsl.model.Fact fact : violation.facts()) {
        earlier.fact(fact.id()).filter(was -> !readAlike(was.type(), fact.type())).ifPresent(was ->
            diagnostics.warning(fact.span(), "version-fact", "事实 " + fact.id() + " 在所取代的 "
                + old.id() + " 中是 " + shown(was.type()) + "，在这里是 " + shown(fact.type())
                + "：行为在旧版本施行时、决定在新版本施行时的案件须按两个版本判断，同一组事实不能被两者读取；"
                + "含义改变时请换一个事实名称"));
      }
    }
  }

  /** The same type, and for an enum the same value ids. */
  private static boolean readAlike(org.cailiang.dsl.model.FactType a, org.cailiang.dsl.model.FactType b) {
    if (a instanceof org.cailiang.dsl.model.FactType.Enum x
        && b instanceof org.cailiang.dsl.model.FactType.Enum y) {
      return x.values().stream().map(org.cailiang.dsl.model.EnumValue::id).toList()
          .equals(y.values().stream().map(org.cailiang.dsl.model.EnumValue::id).toList());
    }
    return a.getClass() == b.getClass();
  }

  private static String shown(org.cailiang.dsl.model.FactType type) {
    return type instanceof org.cailiang.dsl.model.FactType.Enum e
        ? "enum { " + String.join(", ", e.values().stream().map(org.cailiang.dsl.model.EnumValue::id).toList()) + " }"
        : type.name();
  }

  private Optional<Standard> supersedes(
      Standard standard, Map<String, Standard> byId, Map<String, Standard> successors) {
    if (standard.supersedes().isEmpty()) {
      return Optional.empty();
    }
    Ref ref = standard.supersedes().get();
    Standard old = byId.get(ref.name());
    if (old == null) {
      diagnostics.error(ref.span(), "unknown-version", "被取代的标准 " + ref.name() + " 不在本次构建中");
      return Optional.empty();
    }
    if (old == standard || cycle(standard, byId)) {
      diagnostics.error(ref.span(), "version-cycle", "标准 " + standard.id() + " 的版本沿 supersedes 绕回自身");
      return Optional.empty();
    }
    Standard other = successors.putIfAbsent(old.id(), standard);
    if (other != null) {
      diagnostics.error(ref.span(), "version-fork", "标准 " + old.id() + " 已由 " + other.id()
          + " 取代（" + other.span() + "），一个版本只能有一个后继版本");
    }
    return Optional.of(old);
  }

  private static boolean cycle(Standard start, Map<String, Standard> byId) {
    Standard s = start;
    for (int steps = 0; steps <= byId.size(); steps++) {
      Optional<Standard> next = s.supersedes().map(r -> byId.get(r.name()));
      if (next.isEmpty() || next.get() == null) {
        return false;
      }
      s = next.get();
      if (s == start) {
        return true;
      }
    }
    return false;
  }

  /**
   * A standard in force before a regulation it encodes: the acts of the days between are no
   * offences under it, and eval does not decide them (NOT_COVERED_AT_ACT), so the standard's
   * period misstates what it decides (legal author: a version dated a month before its law passed
   * check). A warning: the author moves the date, or knows why.
   */
  private void beforeItsLaw(Standard standard, Regulation regulation) {
    Optional<LocalDate> standardFrom = standard.validity().effective();
    Optional<LocalDate> lawFrom = regulation.validity().effective();
    if (standardFrom.isPresent() && lawFrom.isPresent() && standardFrom.get().isBefore(lawFrom.get())) {
      diagnostics.warning(regulation.span(), "before-law", "标准 " + standard.id() + " 自 " + standardFrom.get()
          + " 施行，早于法规《" + regulation.title() + "》的施行日期 " + lawFrom.get() + "：其间发生的行为还不是"
          + "这部法规规定的违法行为，本标准不裁量（eval 与生成的代码都不作裁量），标准的施行期间与它所写的法规不符；"
          + "请把标准的施行日期改为不早于 " + lawFrom.get());
    }
  }

  private void period(Validity validity, SourceSpan span) {
    Optional<LocalDate> effective = validity.effective();
    Optional<LocalDate> repealed = validity.repealed();
    if (effective.isPresent() && repealed.isPresent() && !repealed.get().isAfter(effective.get())) {
      diagnostics.error(span, "bad-period", "废止日期 " + repealed.get() + " 须晚于施行日期 " + effective.get());
    }
    Optional<LocalDate> published = validity.published();
    if (published.isPresent() && effective.isPresent() && published.get().isAfter(effective.get())) {
      diagnostics.error(span, "bad-period", "公布日期 " + published.get() + " 晚于施行日期 " + effective.get());
    }
  }

  /** The old version ends exactly the day before the new one takes effect. */
  private void adjacent(Standard old, Standard next) {
    SourceSpan at = next.supersedes().map(Ref::span).orElse(next.span());
    if (old.validity().effective().isEmpty() || next.validity().effective().isEmpty()) {
      Standard undated = old.validity().effective().isEmpty() ? old : next;
      diagnostics.error(undated == next ? at : undated.span(), "version-undated", "标准 " + undated.id()
          + " 是某一标准的一个版本，须写明施行日期（effective）");
      return;
    }
    LocalDate oldFrom = old.validity().effective().get();
    LocalDate from = next.validity().effective().get();
    if (!from.isAfter(oldFrom)) {
      diagnostics.error(at, "version-overlap", "新版本 " + next.id() + " 自 " + from + " 施行，不晚于所取代的 "
          + old.id() + " 的施行日期 " + oldFrom);
      return;
    }
    Optional<LocalDate> repealed = old.validity().repealed();
    if (repealed.isPresent() && repealed.get().isAfter(from)) {
      diagnostics.error(at, "version-overlap", "版本期间重叠：" + old.id() + " 至 " + repealed.get()
          + " 才废止，而 " + next.id() + " 自 " + from + " 施行；同一行为两版同时有效");
    } else if (repealed.isPresent() && repealed.get().isBefore(from)) {
      diagnostics.error(at, "version-gap", "版本之间有空档：" + old.id() + " 自 " + repealed.get()
          + " 废止，而 " + next.id() + " 自 " + from + " 才施行；其间的行为无基准可依");
    }
  }

  private void replacement(
      Standard standard, Regulation regulation, Replacement replacement, Optional<Standard> old) {
    if (regulation.article(replacement.article().name()).isEmpty()) {
      diagnostics.error(replacement.article().span(), "unknown-article",
          "法规 " + regulation.id() + " 中没有条款 " + replacement.article().name());
    }
    if (old.isEmpty()) {
      if (standard.supersedes().isEmpty()) {
        diagnostics.error(replacement.span(), "unknown-article",
            "replaces 指向旧版本的条款，但标准 " + standard.id() + " 没有写 supersedes");
      }
      return;
    }
    if (old.get().article(replacement.old()).isEmpty()) {
      diagnostics.error(replacement.old().span(), "unknown-article",
          "被取代的标准 " + old.get().id() + " 中没有条款 " + replacement.old());
    }
  }
}
