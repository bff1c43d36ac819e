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
 * General circumstances of one kind of party ({@code circumstance … for person}: 未成年人、精神病人、
 * 智力残疾人 are natural persons, 《行政处罚法》第三十条、第三十一条). Such a circumstance is a fact
 * about one party, so it moves only the sanctions of the one party of its kind the case punishes:
 * in a unit's case that also fines its 直接责任人员, 已满十四周岁不满十八周岁 lightens that person's
 * fine and never the unit's. Where the case punishes several parties of the kind (a 主要负责人 and a
 * 直接责任人员, fined together or apart), or parties whose kind the standard does not declare, the
 * circumstance is not applied and the officer is told why: which of them it concerns is a fact
 * the general facts do not state. Sanctions without a party (orders, warnings, confiscation) go
 * with the unit when the case punishes one, else with the one person, else with the rest.
 */
final class PartyScopes {
  private PartyScopes() {}

  /** Adjusts some sanctions with some circumstances (GeneralDecider's one rule). */
  interface Adjuster {
    GeneralDecider.Adjusted adjust(List<Sanction> sanctions, List<Circumstance> circumstances);
  }

  /** The sanctions of the one person, of the one organization, and of everyone else. */
  private static final int PERSON = 0;
  private static final int ORGANIZATION = 1;
  private static final int REST = 2;

  static GeneralDecider.Adjusted adjust(GeneralRules rules, List<Sanction> sanctions,
      List<Circumstance> set, Statute statute, Adjuster adjuster) {
    Set<String> persons = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    Set<String> undeclared = new LinkedHashSet<>();
    // The rules already declare whoever the tier detains a person (withDetainedAsPersons).
    for (Sanction sanction : sanctions) {
      for (Party party : parties(sanction)) {
        PartyKind kind = rules.partyKinds().get(party.id());
        (kind == null ? undeclared : kind == PartyKind.PERSON ? persons : organizations)
            .add(party.id());
      }
    }
    // A tier that names no party (警告 alone) punishes whom the article's clause for the case
    // names, when it names one: 消防法第六十条第二款's 个人 warned is the child of 第三十条
    // (legal author: 不满十四周岁 was left unapplied on the warning, 给予).
    String bearer = persons.isEmpty() && organizations.isEmpty() && undeclared.isEmpty()
        ? soleParty(statute) : null;
    if (bearer != null) {
      // Whom the article detains is a natural person (第九条、第十条), as for the tier's detention.
      PartyKind kind = rules.partyKinds().get(bearer) != null ? rules.partyKinds().get(bearer)
          : detains(statute, bearer) ? PartyKind.PERSON : null;
      (kind == null ? undeclared : kind == PartyKind.PERSON ? persons : organizations).add(bearer);
    }
    // Where the parties' labels are read: the statute's too when it named the bearer (legal
    // re-review: "当事人「」未声明…").
    List<Sanction> labelled = new ArrayList<>(sanctions);
    if (bearer != null) {
      labelled.addAll(statute.allowed());
    }
    String person = persons.size() == 1 && undeclared.isEmpty() ? persons.iterator().next() : null;
    String organization =
        organizations.size() == 1 && undeclared.isEmpty() ? organizations.iterator().next() : null;
    List<String> notes = new ArrayList<>();
    boolean anyPersonScoped = false;
    boolean anyOrganizationScoped = false;
    for (Circumstance circumstance : set) {
      if (circumstance.onlyFor().isEmpty()) {
        continue;
      }
      PartyKind kind = circumstance.onlyFor().get();
      boolean forPersons = kind == PartyKind.PERSON;
      anyPersonScoped |= forPersons;
      anyOrganizationScoped |= !forPersons;
      String one = forPersons ? person : organization;
      Set<String> ofKind = forPersons ? persons : organizations;
      if (one != null) {
        continue;
      }
      if (persons.isEmpty() && organizations.isEmpty() && undeclared.isEmpty()) {
        notes.add(OfficerNotes.NOT_APPLIED + circumstance.label() + "」只适用于" + named(kind)
            + "，本案的处罚没有写明受处罚的当事人，无从判断：未适用，须由执法人员依法适用");
      } else if (!undeclared.isEmpty()) {
        notes.add(OfficerNotes.UNDECLARED + labelsOf(labelled, undeclared) + "」未声明是自然人还是单位：只适用于"
            + named(kind) + "的总则情节「" + circumstance.label() + "」未适用，须由执法人员确认当事人的种类后依法适用");
      } else if (ofKind.isEmpty()) {
        notes.add(OfficerNotes.NOT_APPLIED + circumstance.label() + "」只适用于" + named(kind)
            + "，本案受处罚的当事人中没有" + named(kind) + "：未适用");
      } else {
        notes.add(OfficerNotes.SEVERAL + labelsOf(labelled, ofKind) + "」都受处罚，总则情节「"
            + circumstance.label() + "」只关乎其中的" + named(kind) + "本人：未适用，须由执法人员对相应的当事人依法适用");
      }
    }
    boolean scopedPerson = anyPersonScoped && person != null;
    boolean scopedOrganization = anyOrganizationScoped && organization != null;
    // The one party fined only together with others (fine unit, boss each): its share cannot be
    // moved apart from theirs.
    if (scopedPerson && bearer == null && !punishedAlone(sanctions, person)) {
      scopedPerson = false;
      notes.addAll(joint(set, PartyKind.PERSON, sanctions, person));
    }
    if (scopedOrganization && bearer == null && !punishedAlone(sanctions, organization)) {
      scopedOrganization = false;
      notes.addAll(joint(set, PartyKind.ORGANIZATION, sanctions, organization));
    }
    int[] group = new int[sanctions.size()];
    boolean anyOrganizationBound = !organizations.isEmpty();
    for (int i = 0; i < sanctions.size(); i++) {
      List<Party> parties = parties(sanctions.get(i));
      if (parties.isEmpty()) {
        // An order or a warning goes to the unit when one is punished, else to the one person.
        group[i] = anyOrganizationBound ? (scopedOrganization ? ORGANIZATION : REST)
            : scopedPerson ? PERSON : REST;
      } else if (scopedPerson && only(parties, person)) {
        group[i] = PERSON;
      } else if (scopedOrganization && only(parties, organization)) {
        group[i] = ORGANIZATION;
      } else {
        group[i] = REST;
      }
    }
    List<List<Sanction>> members = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < sanctions.size(); i++) {
      members.get(group[i]).add(sanctions.get(i));
    }
    GeneralDecider.Adjusted[] outcomes = new GeneralDecider.Adjusted[3];
    int present = 0;
    for (int g = 0; g < 3; g++) {
      if (!members.get(g).isEmpty()) {
        outcomes[g] = adjuster.adjust(members.get(g), concerning(set, g));
        present++;
      }
    }
    if (present <= 1) {
      GeneralDecider.Adjusted only = null;
      for (GeneralDecider.Adjusted outcome : outcomes) {
        only = outcome == null ? only : outcome;
      }
      if (only == null) { // no sanction at all: nothing any circumstance could move
        only = adjuster.adjust(sanctions, concerning(set, REST));
      }
      return new GeneralDecider.Adjusted(only.verdict(), only.steps(), only.sanctions(),
          only.options(), joined(only.unresolved(), notes));
    }
    return merged(sanctions, group, members, outcomes, notes);
  }

  /** Several groups: each group's outcome, in the order of the tier's sanctions. */
  private static GeneralDecider.Adjusted merged(List<Sanction> sanctions, int[] group,
      List<List<Sanction>> members, GeneralDecider.Adjusted[] outcomes, List<String> notes) {
    List<Integer> order = new ArrayList<>();
    for (int g : group) {
      if (!order.contains(g)) {
        order.add(g);
      }
    }
    List<Step> steps = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (int g : order) {
      String whom = "（对" + whom(members.get(g)) + "）";
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
    int[] seen = new int[3];
    for (int i = 0; i < sanctions.size(); i++) {
      GeneralDecider.Adjusted outcome = outcomes[group[i]];
      int at = seen[group[i]]++;
      if (outcome.verdict() == Verdict.PUNISHED) {
        result.add(outcome.sanctions().get(at)); // moved one for one
      } else if (outcome.sanctions().contains(sanctions.get(i))) {
        result.add(sanctions.get(i)); // an order 不予 keeps
      }
    }
    boolean punished = false;
    for (int g : order) {
      if (outcomes[g].verdict() == Verdict.PUNISHED) {
        punished = true;
        continue;
      }
      for (Sanction kept : outcomes[g].sanctions()) {
        if (!members.get(g).contains(kept)) {
          result.add(kept); // what 不予 adds: 责令监护人加以管教
        }
      }
    }
    return new GeneralDecider.Adjusted(punished ? Verdict.PUNISHED : Verdict.WAIVED, steps, result,
        options, joined(unresolved, notes));
  }

  /**
   * The one party the statute's clauses for the case fine or detain, when there is exactly one;
   * null when the statute is not declared, names none, or names several (单位或者个人: whose case
   * it is, the general facts do not say).
   */
  private static String soleParty(Statute statute) {
    Set<String> named = new LinkedHashSet<>();
    for (Sanction sanction : statute.allowed()) {
      parties(sanction).forEach(party -> named.add(party.id()));
    }
    return named.size() == 1 ? named.iterator().next() : null;
  }

  private static boolean detains(Statute statute, String party) {
    for (Sanction sanction : FineMoves.flat(statute.allowed())) {
      if (sanction instanceof Sanction.Detention detention && detention.party().id().equals(party)) {
        return true;
      }
    }
    return false;
  }

  /** Whom a group's sanctions punish, by the parties' labels: 单位, 主要负责人、直接责任人员. */
  private static String whom(List<Sanction> sanctions) {
    Set<String> labels = new LinkedHashSet<>();
    for (Sanction sanction : sanctions) {
      parties(sanction).forEach(party -> labels.add(party.label()));
    }
    return labels.isEmpty() ? "其他处罚" : String.join("、", labels);
  }

  /** The circumstances that can concern the sanctions of a group. */
  private static List<Circumstance> concerning(List<Circumstance> set, int group) {
    List<Circumstance> found = new ArrayList<>();
    for (Circumstance circumstance : set) {
      boolean applies = circumstance.onlyFor().isEmpty()
          || group == PERSON && circumstance.onlyFor().get() == PartyKind.PERSON
          || group == ORGANIZATION && circumstance.onlyFor().get() == PartyKind.ORGANIZATION;
      if (applies) {
        found.add(circumstance);
      }
    }
    return found;
  }

  private static boolean punishedAlone(List<Sanction> sanctions, String id) {
    for (Sanction sanction : sanctions) {
      List<Party> parties = parties(sanction);
      if (!parties.isEmpty() && only(parties, id)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> joint(List<Circumstance> set, PartyKind kind,
      List<Sanction> sanctions, String id) {
    List<String> notes = new ArrayList<>();
    for (Circumstance circumstance : set) {
      if (circumstance.onlyFor().isPresent() && circumstance.onlyFor().get() == kind) {
        notes.add(OfficerNotes.SEVERAL + labelsOf(sanctions, Set.of(id)) + "」与其他当事人在同一项中一并受处罚，总则情节「"
            + circumstance.label() + "」只关乎其本人：未适用，须由执法人员对其依法适用");
      }
    }
    return notes;
  }

  private static boolean only(List<Party> parties, String id) {
    for (Party party : parties) {
      if (!party.id().equals(id)) {
        return false;
      }
    }
    return true;
  }

  private static String labelsOf(List<Sanction> sanctions, Set<String> ids) {
    Set<String> labels = new LinkedHashSet<>();
    for (Sanction sanction : sanctions) {
      for (Party party : parties(sanction)) {
        if (ids.contains(party.id())) {
          labels.add(party.label());
        }
      }
    }
    return String.join("」「", labels);
  }

  /**
   * The rules with every party the sanctions detain, of no declared kind, declared a person (拘留
   * restricts a person's liberty: 《行政处罚法》第九条、第十条); the same rules when there is none.
   */
  static GeneralRules withDetainedAsPersons(GeneralRules rules, List<Sanction> sanctions) {
    Set<String> detained = new LinkedHashSet<>();
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Detention detention) {
        detained.add(detention.party().id());
      }
    }
    detained.removeAll(rules.partyKinds().keySet());
    return detained.isEmpty() ? rules : rules.assuming(detained, PartyKind.PERSON);
  }

  /** The parties a sanction fines or detains, within an alternative's options too. */
  private static List<Party> parties(Sanction sanction) {
    List<Party> parties = new ArrayList<>();
    for (Sanction one : FineMoves.flat(List.of(sanction))) {
      if (one instanceof Sanction.Fine fine) {
        parties.addAll(fine.parties());
      } else if (one instanceof Sanction.Detention detention) {
        parties.add(detention.party());
      }
    }
    return parties;
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
