package org.cailiang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.runtime.CaseDecision.Option;
import org.cailiang.runtime.CaseDecision.Step;
import org.cailiang.runtime.CaseDecision.Verdict;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.cailiang.runtime.GeneralRules.PartyKind;

/**
 * General circumstances that can concern only one kind of party ({@code circumstance … for
 * person}: 未成年人、精神病人、智力残疾人 are natural persons, 《行政处罚法》第三十条、第三十一条).
 * The sanctions of the parties of each kind are adjusted with the circumstances that can concern
 * them, and the two outcomes put together: in a unit's case, 已满十四周岁不满十八周岁 lightens the
 * fine of its staff member who is a minor, never the unit's. Sanctions without a party (orders,
 * warnings, confiscation) go with the unit's when the case fines a unit, else with the persons'.
 * A party whose kind the standard does not declare is taken as a person, and the officer is told.
 */
final class PartyScopes {
  private PartyScopes() {}

  /** Adjusts some sanctions with some circumstances (GeneralDecider's one rule). */
  interface Adjuster {
    GeneralDecider.Adjusted adjust(List<Sanction> sanctions, List<Circumstance> circumstances);
  }

  private static final int PERSONS = 0;
  private static final int ORGANIZATIONS = 1;

  static GeneralDecider.Adjusted adjust(GeneralRules rules, List<Sanction> sanctions,
      List<Circumstance> set, Adjuster adjuster) {
    int[] group = new int[sanctions.size()];
    boolean[] bound = new boolean[sanctions.size()];
    boolean anyOrganization = false;
    Set<String> undeclared = new LinkedHashSet<>();
    for (int i = 0; i < sanctions.size(); i++) {
      List<Party> parties = parties(sanctions.get(i));
      bound[i] = !parties.isEmpty();
      boolean allOrganizations = bound[i];
      for (Party party : parties) {
        PartyKind kind = rules.partyKinds().get(party.id());
        if (kind == null) {
          undeclared.add(party.label());
        }
        allOrganizations &= kind == PartyKind.ORGANIZATION;
      }
      group[i] = allOrganizations ? ORGANIZATIONS : PERSONS;
      anyOrganization |= allOrganizations;
    }
    boolean anyPerson = false;
    for (int i = 0; i < sanctions.size(); i++) {
      if (!bound[i]) {
        group[i] = anyOrganization ? ORGANIZATIONS : PERSONS;
      } else if (group[i] == PERSONS) {
        anyPerson = true;
      }
    }
    List<String> notes = new ArrayList<>();
    for (Circumstance circumstance : set) {
      if (circumstance.onlyFor().isEmpty()) {
        continue;
      }
      PartyKind kind = circumstance.onlyFor().get();
      boolean present = kind == PartyKind.PERSON ? anyPerson : anyOrganization;
      if (!present) {
        notes.add(OfficerNotes.NOT_APPLIED + circumstance.label() + "」只适用于" + named(kind)
            + "，本案受处罚的当事人中没有" + named(kind) + "：未适用");
      }
      for (String party : undeclared) {
        notes.add(OfficerNotes.UNDECLARED + party + "」未声明是自然人还是单位：只适用于" + named(kind) + "的总则情节「"
            + circumstance.label() + "」" + (kind == PartyKind.PERSON ? "已按自然人对其适用" : "未对其适用")
            + "，须由执法人员确认");
      }
    }
    GeneralDecider.Adjusted[] outcomes = new GeneralDecider.Adjusted[2];
    List<List<Sanction>> members = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < sanctions.size(); i++) {
      members.get(group[i]).add(sanctions.get(i));
    }
    for (int g : new int[] {PERSONS, ORGANIZATIONS}) {
      if (!members.get(g).isEmpty()) {
        outcomes[g] = adjuster.adjust(members.get(g), concerning(set, g));
      }
    }
    if (outcomes[PERSONS] == null || outcomes[ORGANIZATIONS] == null) {
      GeneralDecider.Adjusted only = outcomes[PERSONS] == null ? outcomes[ORGANIZATIONS] : outcomes[PERSONS];
      if (only == null) { // no sanction at all: nothing any circumstance could move
        only = adjuster.adjust(sanctions, concerning(set, PERSONS));
      }
      return new GeneralDecider.Adjusted(only.verdict(), only.steps(), only.sanctions(),
          only.options(), joined(only.unresolved(), notes));
    }
    return merged(sanctions, group, members, outcomes, notes);
  }

  /** Both kinds of party are punished: each group's outcome, in the order of the tier's sanctions. */
  private static GeneralDecider.Adjusted merged(List<Sanction> sanctions, int[] group,
      List<List<Sanction>> members, GeneralDecider.Adjusted[] outcomes, List<String> notes) {
    int first = group.length == 0 ? PERSONS : group[0];
    int[] order = {first, 1 - first};
    List<Step> steps = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (int g : order) {
      String whom = "（对" + (g == ORGANIZATIONS ? "单位" : "自然人") + "）";
      for (Step step : outcomes[g].steps()) {
        steps.add(new Step(step.circumstances(), step.effect(), step.basis(), step.rule() + whom,
            step.before(), step.result()));
      }
      for (Option option : outcomes[g].options()) {
        options.add(new Option(option.circumstance() + whom, option.effect(), option.basis(),
            option.result()));
      }
      unresolved = joined(unresolved, outcomes[g].unresolved());
    }
    List<Sanction> result = new ArrayList<>();
    int[] seen = new int[2];
    for (int i = 0; i < sanctions.size(); i++) {
      GeneralDecider.Adjusted outcome = outcomes[group[i]];
      int at = seen[group[i]]++;
      if (outcome.verdict() == Verdict.PUNISHED) {
        result.add(outcome.sanctions().get(at)); // moved one for one
      } else if (outcome.sanctions().contains(sanctions.get(i))) {
        result.add(sanctions.get(i)); // an order 不予 keeps
      }
    }
    for (int g : order) {
      if (outcomes[g].verdict() != Verdict.PUNISHED) {
        for (Sanction kept : outcomes[g].sanctions()) {
          if (!members.get(g).contains(kept)) {
            result.add(kept); // what 不予 adds: 责令监护人加以管教
          }
        }
      }
    }
    boolean punished = outcomes[PERSONS].verdict() == Verdict.PUNISHED
        || outcomes[ORGANIZATIONS].verdict() == Verdict.PUNISHED;
    return new GeneralDecider.Adjusted(punished ? Verdict.PUNISHED : Verdict.WAIVED, steps, result,
        options, joined(unresolved, notes));
  }

  /** The circumstances that can concern the parties of a group. */
  private static List<Circumstance> concerning(List<Circumstance> set, int group) {
    PartyKind kind = group == ORGANIZATIONS ? PartyKind.ORGANIZATION : PartyKind.PERSON;
    List<Circumstance> found = new ArrayList<>();
    for (Circumstance circumstance : set) {
      if (circumstance.onlyFor().isEmpty() || circumstance.onlyFor().get() == kind) {
        found.add(circumstance);
      }
    }
    return found;
  }

  private static List<Party> parties(Sanction sanction) {
    if (sanction instanceof Sanction.Fine fine) {
      return fine.parties();
    }
    if (sanction instanceof Sanction.Detention detention) {
      return List.of(detention.party());
    }
    if (sanction instanceof Sanction.Alternative alternative) {
      List<Party> parties = new ArrayList<>();
      alternative.options().forEach(option -> parties.addAll(parties(option)));
      return parties;
    }
    return List.of();
  }

  private static String named(PartyKind kind) {
    return kind == PartyKind.PERSON ? "自然人" : "法人或者其他组织";
  }

  private static List<String> joined(List<String> first, List<String> second) {
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return new ArrayList<>(all);
  }
}
