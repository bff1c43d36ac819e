package golden.beijing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.ConstantLists;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.internal.HigherLawNotes;
import org.cailiang.runtime.internal.PartialPlan;
import org.cailiang.runtime.internal.QuickFacts;

/**
 * \u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\uff08C05837\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u4e8c\u5341\u4e00\u6761\uff08{@link BeijingPsbImageLaw#ART21}\uff09\uff1a\u8fdd\u53cd\u672c\u529e\u6cd5\u7b2c\u4e03\u6761\u7684\u89c4\u5b9a\uff0c\u64c5\u81ea\u5728\u516c\u5171\u5e7f\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u8d23\u4ee4\u62c6\u9664\uff1b\u5355\u4f4d\u8bbe\u7f6e\u7684\uff0c\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff1b\u4e2a\u4eba\u8bbe\u7f6e\u7684\uff0c\u5bf9\u4e2a\u4eba\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u4e03\u6761\uff08{@link BeijingPsbImageLaw#ART7}\uff09\uff1a\u4ea4\u901a\u9053\u8def\u3001\u5e7f\u573a\u7b49\u516c\u5171\u573a\u6240\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\u5efa\u8bbe\u7531\u653f\u5e9c\u8d1f\u8d23\uff0c\u5176\u4ed6\u4efb\u4f55\u5355\u4f4d\u548c\u4e2a\u4eba\u4e0d\u5f97\u5728\u8be5\u516c\u5171\u533a\u57df\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>B010\u300c\u5355\u4f4d\u8bbe\u7f6e\uff0c\u5c1a\u672a\u9020\u6210\u5371\u5bb3\u540e\u679c\u3002\u300d\uff1a\u8d23\u4ee4\u62c6\u9664\uff1b\u5355\u4f4d\u8bbe\u7f6e\u7684\uff0c\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u4e2a\u4eba\u8bbe\u7f6e\u7684\uff0c\u5bf9\u4e2a\u4eba\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * <li>B020\u300c\u5355\u4f4d\u8bbe\u7f6e\uff0c\u9020\u6210\u5371\u5bb3\u540e\u679c\u300d\uff1a\u8d23\u4ee4\u62c6\u9664\uff1b\u5355\u4f4d\u8bbe\u7f6e\u7684\uff0c\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u4e2a\u4eba\u8bbe\u7f6e\u7684\uff0c\u5bf9\u4e2a\u4eba\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * <li>B030\u300c\u4e2a\u4eba\u8bbe\u7f6e\u300d\uff1a\u8d23\u4ee4\u62c6\u9664\uff1b\u5bf9\u4e2a\u4eba\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * </ul>
 *
 * <p>\u6ce8\u610f\uff08\u4e0a\u4f4d\u6cd5\uff0c{@code higherLawNotes}\uff09\uff1a\u539f\u8868\u7167\u5f55\u3001\u4e0d\u4f5c\u6539\u52a8\uff0c\u4f46\u81ea\u56fd\u52a1\u9662\u4ee4\u7b2c799\u53f7\u65bd\u884c\uff082025-04-01\uff09\u8d77\uff0c\u6761\u4f8b\u6548\u529b\u9ad8\u4e8e\u672c\u89c4\u7ae0\uff1a\u672c\u8868\u4e0d\u5f85\u62d2\u4e0d\u6539\u6b63\u5373\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u7f5a\u6b3e\u4e0a\u96503\u4e07\u5143\uff08\u6761\u4f8b\u7b2c\u4e8c\u5341\u516d\u6761\u4e3a\u62d2\u4e0d\u6539\u6b63\u7684\u5e76\u59042\u4e07\u5143\u4ee5\u4e0b\uff09\uff0c\u4e14\u672a\u5217\u6761\u4f8b\u89c4\u5b9a\u7684\u6ca1\u6536\u76f8\u5173\u8bbe\u5907\u8bbe\u65bd\u3001\u5220\u9664\u6240\u6536\u96c6\u7684\u89c6\u9891\u56fe\u50cf\u4fe1\u606f\uff1b\u5bf92025-04-01\u4ee5\u540e\u7684\u884c\u4e3a\u4e0d\u5e94\u7167\u8868\u9002\u7528\uff0c\u987b\u7ecf\u6cd5\u5236\u5ba1\u6838\u4f9d\u6761\u4f8b\u529e\u7406\uff0c\u5e76\u63d0\u8bf7\u5236\u5b9a\u673a\u5173\u4fee\u8ba2\u672c\u8868
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05837Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05837", "C05837");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("setter", "\u8bbe\u7f6e\u4e3b\u4f53", FactSpec.Type.ENUM, ConstantLists.values(Setter.values())),
        new FactSpec("harm", "\u9020\u6210\u5371\u5bb3\u540e\u679c", FactSpec.Type.BOOL, ConstantLists.values()));

    private static final List<Citation> CITATIONS = ConstantLists.citations(BeijingPsbImageLaw.ART21, BeijingPsbImageLaw.ART7);

    private static final String[] TIER_SUFFIXES = {"B010", "B020", "B030"};

    private static final C05837Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05837.
     */
    public static final List<C05837Violation> CODES = List.of(INSTANCES);

    /**
     * C05837\uff1a\u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf.
     */
    public static final C05837Violation C05837 = INSTANCES[0];

    /**
     * B010\uff08\u5355\u4f4d\u8bbe\u7f6e\uff0c\u5c1a\u672a\u9020\u6210\u5371\u5bb3\u540e\u679c\u3002\uff09.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "\u5355\u4f4d\u8bbe\u7f6e\uff0c\u5c1a\u672a\u9020\u6210\u5371\u5bb3\u540e\u679c\u3002",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u62c6\u9664"),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "\u8d23\u4ee4\u62c6\u9664\uff1b\u5355\u4f4d\u8bbe\u7f6e\u7684\uff0c\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u4e2a\u4eba\u8bbe\u7f6e\u7684\uff0c\u5bf9\u4e2a\u4eba\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002");

    /**
     * B020\uff08\u5355\u4f4d\u8bbe\u7f6e\uff0c\u9020\u6210\u5371\u5bb3\u540e\u679c\uff09.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "\u5355\u4f4d\u8bbe\u7f6e\uff0c\u9020\u6210\u5371\u5bb3\u540e\u679c",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u62c6\u9664"),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "\u8d23\u4ee4\u62c6\u9664\uff1b\u5355\u4f4d\u8bbe\u7f6e\u7684\uff0c\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u4e2a\u4eba\u8bbe\u7f6e\u7684\uff0c\u5bf9\u4e2a\u4eba\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002");

    /**
     * B030\uff08\u4e2a\u4eba\u8bbe\u7f6e\uff09.
     */
    private static final Decision[] TIER_B030 = decisions(
        "B030",
        "\u4e2a\u4eba\u8bbe\u7f6e",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u62c6\u9664"),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.INDIVIDUAL), false, MoneyRange.of(500L, 1000L), null, false)),
        "\u8d23\u4ee4\u62c6\u9664\uff1b\u5bf9\u4e2a\u4eba\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "tier and:2 e0==0 not b1 tier and:2 e0==0 b1 tier e0==1");

    private static final HigherLawNotes HIGHER_LAW_NOTES = HigherLawNotes.of(
        new String[] {"2025-04-01", ""},
        new String[] {""},
        new String[] {"\u539f\u8868\u7167\u5f55\u3001\u4e0d\u4f5c\u6539\u52a8\uff0c\u4f46\u81ea\u56fd\u52a1\u9662\u4ee4\u7b2c799\u53f7\u65bd\u884c\uff082025-04-01\uff09\u8d77\uff0c\u6761\u4f8b\u6548\u529b\u9ad8\u4e8e\u672c\u89c4\u7ae0\uff1a\u672c\u8868\u4e0d\u5f85\u62d2\u4e0d\u6539\u6b63\u5373\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u7f5a\u6b3e\u4e0a\u96503\u4e07\u5143\uff08\u6761\u4f8b\u7b2c\u4e8c\u5341\u516d\u6761\u4e3a\u62d2\u4e0d\u6539\u6b63\u7684\u5e76\u59042\u4e07\u5143\u4ee5\u4e0b\uff09\uff0c\u4e14\u672a\u5217\u6761\u4f8b\u89c4\u5b9a\u7684\u6ca1\u6536\u76f8\u5173\u8bbe\u5907\u8bbe\u65bd\u3001\u5220\u9664\u6240\u6536\u96c6\u7684\u89c6\u9891\u56fe\u50cf\u4fe1\u606f\uff1b\u5bf92025-04-01\u4ee5\u540e\u7684\u884c\u4e3a\u4e0d\u5e94\u7167\u8868\u9002\u7528\uff0c\u987b\u7ecf\u6cd5\u5236\u5ba1\u6838\u4f9d\u6761\u4f8b\u529e\u7406\uff0c\u5e76\u63d0\u8bf7\u5236\u5b9a\u673a\u5173\u4fee\u8ba2\u672c\u8868"});

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05837Violation(int index, String code) {
        this.index = index;
        this.code = code;
        this.tierCodes = ConstantLists.suffixed(code, TIER_SUFFIXES);
    }

    /**
     * One decision of a tier per code of this violation.
     */
    private static Decision[] decisions(String suffix, String circumstance,
            List<Sanction> sanctions, String text) {
        Decision[] decisions = new Decision[CODE_NAMES.length];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "\u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05837Violation[] instances() {
        C05837Violation[] instances = new C05837Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05837Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05837Violation violation, Facts facts) {
        if (facts.setter() == Setter.UNIT && !facts.harm()) {
            return TIER_B010[violation.index];
        }
        if (facts.setter() == Setter.UNIT && facts.harm()) {
            return TIER_B020[violation.index];
        }
        if (facts.setter() == Setter.INDIVIDUAL) {
            return TIER_B030[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of \u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf: tiers are tried by priority, then in source order; the first whose condition holds applies.
     *
     * <ol>
     * <li>B010\u300c\u5355\u4f4d\u8bbe\u7f6e\uff0c\u5c1a\u672a\u9020\u6210\u5371\u5bb3\u540e\u679c\u3002\u300d when <code>setter == unit and not harm</code>
     * <li>B020\u300c\u5355\u4f4d\u8bbe\u7f6e\uff0c\u9020\u6210\u5371\u5bb3\u540e\u679c\u300d when <code>setter == unit and harm</code>
     * <li>B030\u300c\u4e2a\u4eba\u8bbe\u7f6e\u300d when <code>setter == individual</code>
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     * @throws NoApplicableTierException when no tier applies
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "\u6848\u4ef6\u4e8b\u5b9e");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        throw new NoApplicableTierException(code, FactSpec.describe(FACT_SPECS, facts.setter(), facts.harm()));
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 2) {
            Setter value0 = quickSetter(facts.get("setter"));
            int value1 = QuickFacts.bool(facts.get("harm"));
            if (value0 != null && value1 != QuickFacts.NOT_READ) {
                return evaluate(new Facts(value0, value1 == 1));
            }
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (reader.hasMissing()) {
            return evaluatePartial(reader);
        }
        return evaluate(new Facts((Setter) reader.value(0), reader.bool(1)));
    }

    /**
     * The value of fact {@code setter} given as itself or as the exact text of its id, label
     * or constant name; null for anything else, which the reader then reads or rejects.
     */
    private static Setter quickSetter(Object raw) {
        if (raw instanceof String text) {
            return switch (text) {
                case "unit", "\u5355\u4f4d\u8bbe\u7f6e", "UNIT" -> Setter.UNIT;
                case "individual", "\u4e2a\u4eba\u8bbe\u7f6e", "INDIVIDUAL" -> Setter.INDIVIDUAL;
                default -> null;
            };
        }
        return raw instanceof Setter value ? value : null;
    }

    /**
     * Decides with facts left out, as the interpreter does: refused naming the missing facts
     * the result depends on, else decided on placeholders for them.
     */
    private Decision evaluatePartial(FactReader reader) {
        Facts facts = new Facts(reader.value(0) != null ? (Setter) reader.value(0) : Setter.values()[0],
                reader.value(1) != null ? reader.bool(1) : false);
        PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of C05837
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of C05837
     */
    public static C05837Violation of(String code) {
        for (C05837Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e C05837 \u7684\u7f16\u7801\uff1a" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return BeijingPsb.ID;
    }

    @Override
    public String title() {
        return "\u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf";
    }

    @Override
    public List<FactSpec> facts() {
        return FACT_SPECS;
    }

    @Override
    public List<String> tierCodes() {
        return tierCodes;
    }

    /**
     * The day \u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b took effect: an act before it is not decided under this standard.
     */
    @Override
    public Optional<LocalDate> lawEffective() {
        return Optional.of(LocalDate.of(2007, 4, 1));
    }

    /**
     * What the standard's author recorded of tiers going beyond the higher law, for an act while that law is in force; see the class's description.
     */
    @Override
    public List<String> higherLawNotes(String tierCode, LocalDate act) {
        return HIGHER_LAW_NOTES.on(code, tierCode, act);
    }

    /**
     * The code and the title, e.g. <code>C05837 \u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf</code>.
     */
    @Override
    public String toString() {
        return code + " \u64c5\u81ea\u5728\u516c\u5171\u573a\u6240\u8bbe\u7f6e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf";
    }

    /**
     * \u8bbe\u7f6e\u4e3b\u4f53\uff08\u4e8b\u5b9e {@code setter} \u7684\u53d6\u503c\uff09.
     */
    public enum Setter implements Labelled {
        /**
         * \u5355\u4f4d\u8bbe\u7f6e.
         */
        UNIT("unit", "\u5355\u4f4d\u8bbe\u7f6e"),

        /**
         * \u4e2a\u4eba\u8bbe\u7f6e.
         */
        INDIVIDUAL("individual", "\u4e2a\u4eba\u8bbe\u7f6e");

        private final String id;

        private final String label;

        Setter(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /**
         * The value's identifier in the standard's source.
         */
        @Override
        public String id() {
            return id;
        }

        /**
         * The value's official label.
         */
        @Override
        public String label() {
            return label;
        }
    }

    /**
     * The facts of a case of C05837, the inputs of its decision.
     *
     * @param setter \u8bbe\u7f6e\u4e3b\u4f53\uff1a\u5355\u4f4d\u8bbe\u7f6e\u3001\u4e2a\u4eba\u8bbe\u7f6e
     * @param harm \u9020\u6210\u5371\u5bb3\u540e\u679c
     */
    public record Facts(Setter setter, boolean harm) {
        /**
         * Checks the facts.
         *
         * @param setter \u8bbe\u7f6e\u4e3b\u4f53\uff1a\u5355\u4f4d\u8bbe\u7f6e\u3001\u4e2a\u4eba\u8bbe\u7f6e
         * @param harm \u9020\u6210\u5371\u5bb3\u540e\u679c
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.present(setter, "C05837", "setter", "\u8bbe\u7f6e\u4e3b\u4f53");
        }

        /**
         * A builder that sets the facts by name.
         *
         * @return an empty builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds {@link Facts} by fact name; every fact must be set.
         */
        public static final class Builder {
            private Setter setter;

            private Boolean harm;

            private Builder() {
            }

            /**
             * Sets \u8bbe\u7f6e\u4e3b\u4f53.
             *
             * @param setter the value
             * @return this builder
             */
            public Builder setter(Setter setter) {
                this.setter = setter;
                return this;
            }

            /**
             * Sets \u9020\u6210\u5371\u5bb3\u540e\u679c.
             *
             * @param harm the value
             * @return this builder
             */
            public Builder harm(boolean harm) {
                this.harm = harm;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(setter, "C05837", "setter", "\u8bbe\u7f6e\u4e3b\u4f53"),
                        FactChecks.present(harm, "C05837", "harm", "\u9020\u6210\u5371\u5bb3\u540e\u679c"));
            }
        }
    }
}
