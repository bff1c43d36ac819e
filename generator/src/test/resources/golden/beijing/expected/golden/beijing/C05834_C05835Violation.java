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
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.ConstantLists;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.internal.PartialPlan;

/**
 * \u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe\uff08C05834..C05835\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a1\u3001\u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\uff1b<br>
 * 2\u3001\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u3002
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u5341\u4e5d\u6761\uff08{@link BeijingPsbImageLaw#ART19}\uff09\uff1a\u8fdd\u53cd\u672c\u529e\u6cd5\u7684\u89c4\u5b9a\uff0c\u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u8d23\u4ee4\u9650\u671f\u6574\u6539\u5e76\u4e88\u4ee5\u8b66\u544a\uff1b\u903e\u671f\u4e0d\u6574\u6539\u6216\u6574\u6539\u4e0d\u5408\u683c\u7684\uff0c\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u4e94\u6761\u7b2c\u4e00\u6b3e\uff08{@link BeijingPsbImageLaw#ART5_1}\uff09\uff1a\u4e0b\u5217\u5355\u4f4d\u548c\u533a\u57df\uff0c\u5e94\u5f53\u5b89\u88c5\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\uff1a<br>
 * \uff08\u4e00\uff09\u515a\u653f\u673a\u5173\u3001\u56fd\u5bb6\u673a\u5173\u6240\u5728\u5730\uff0c\u5e7f\u64ad\u7535\u53f0\u3001\u7535\u89c6\u53f0\uff0c\u7535\u4fe1\u3001\u90ae\u653f\u3001\u91d1\u878d\u3001\u670d\u52a1\u5355<br>
 * \u4f4d\uff0c\u535a\u7269\u9986\u3001\u6863\u6848\u9986\u3001\u91cd\u70b9\u6587\u7269\u4fdd\u62a4\u5355\u4f4d\uff0c\u5371\u9669\u7269\u54c1\u751f<br>
 * \u4ea7\u3001\u9500\u552e\u3001\u5b58\u653e\u573a\u6240\u7b49\u91cd\u8981\u5355\u4f4d\uff1b<br>
 * \uff08\u4e8c\uff09\u5bbe\u9986\u3001\u996d\u5e97\u3001\u5546\u573a\u3001\u533b\u9662\u3001\u5b66\u6821\u3001\u5e7c\u513f\u56ed\u3001\u6587\u5316\u5a31\u4e50\u573a\u6240\uff0c\u4e3e\u529e\u4f53\u80b2\u8d5b\u4e8b\u7684\u573a\u9986\u3001\u573a\u5730\uff0c\u4f4f\u5b85\u533a\u3001\u505c\u8f66\u573a\u7b49\u4eba\u5458\u805a\u96c6\u7684\u516c\u5171\u573a\u6240\uff1b<br>
 * \uff083\uff09 \u91cd\u70b9\u9053\u8def\u3001\u8def\u6bb5\u548c\u4e3b\u8981\u4ea4\u901a\u8def\u53e3\uff0c\u5730\u4e0b\u901a\u9053\u3001\u8fc7\u8857\u5929\u6865\uff0c\u673a\u573a\u3001\u706b\u8f66\u7ad9\u3001\u5730\u94c1\u548c\u57ce\u94c1\u8f66\u7ad9\uff0c\u516c\u5171\u7535\u6c7d\u8f66\u7684\u91cd\u8981\u4ea4\u901a\u67a2\u7ebd\u7b49\uff1b<br>
 * \uff08\u56db\uff09\u57ce\u5e02\u4f9b\u6392\u6c34\u3001\u7535\u529b\u3001\u71c3\u6c14\u3001\u70ed\u529b\u8bbe\u65bd\uff0c\u57ce\u5e02\u6cb3\u6e56\u53ca\u5176\u4ed6\u91cd\u8981\u6c34\u52a1\u5de5\u7a0b\u7b49\u91cd\u8981\u57fa\u7840\u8bbe\u65bd\uff1b<br>
 * \uff08\u4e94\uff09\u56fd\u5bb6\u6cd5\u5f8b\u3001\u6cd5\u89c4\u89c4\u5b9a\u7684\u5176\u4ed6\u5730\u70b9\u548c\u533a\u57df\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>C010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d\uff1a\u8d23\u4ee4\u9650\u671f\u6574\u6539\u5e76\u4e88\u4ee5\u8b66\u544a
 * <li>C020\u300c\u6574\u6539\u4e0d\u5408\u683c\u300d\uff1a\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * <li>C030\u300c\u903e\u671f\u4e0d\u6574\u6539\u300d\uff1a\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05834_C05835Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05834", "C05835");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("stage", "\u6574\u6539\u60c5\u51b5", FactSpec.Type.ENUM, ConstantLists.values(Stage.values())));

    private static final List<Citation> CITATIONS = ConstantLists.citations(BeijingPsbImageLaw.ART19, BeijingPsbImageLaw.ART5_1);

    private static final String[] TIER_SUFFIXES = {"C010", "C020", "C030"};

    private static final C05834_C05835Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05834..C05835.
     */
    public static final List<C05834_C05835Violation> CODES = List.of(INSTANCES);

    /**
     * C05834\uff1a\u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe.
     */
    public static final C05834_C05835Violation C05834 = INSTANCES[0];

    /**
     * C05835\uff1a\u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe.
     */
    public static final C05834_C05835Violation C05835 = INSTANCES[1];

    /**
     * C020\uff08\u6574\u6539\u4e0d\u5408\u683c\uff09.
     */
    private static final Decision[] TIER_C020 = decisions(
        "C020",
        "\u6574\u6539\u4e0d\u5408\u683c",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * C030\uff08\u903e\u671f\u4e0d\u6574\u6539\uff09.
     */
    private static final Decision[] TIER_C030 = decisions(
        "C030",
        "\u903e\u671f\u4e0d\u6574\u6539",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * C010\uff08\u4e00\u822c\u60c5\u51b5\u4e0b\uff09.
     */
    private static final Decision[] TIER_C010 = decisions(
        "C010",
        "\u4e00\u822c\u60c5\u51b5\u4e0b",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u9650\u671f\u6574\u6539"),
            new Sanction.Warning(false)),
        "\u8d23\u4ee4\u9650\u671f\u6574\u6539\u5e76\u4e88\u4ee5\u8b66\u544a");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "tier e0==1 tier e0==2 else");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05834_C05835Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "\u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05834_C05835Violation[] instances() {
        C05834_C05835Violation[] instances = new C05834_C05835Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05834_C05835Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05834_C05835Violation violation, Facts facts) {
        if (facts.stage() == Stage.UNQUALIFIED) {
            return TIER_C020[violation.index];
        }
        if (facts.stage() == Stage.OVERDUE) {
            return TIER_C030[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of \u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>C020\u300c\u6574\u6539\u4e0d\u5408\u683c\u300d when <code>stage == unqualified</code>
     * <li>C030\u300c\u903e\u671f\u4e0d\u6574\u6539\u300d when <code>stage == overdue</code>
     * <li>C010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "\u6848\u4ef6\u4e8b\u5b9e");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        return TIER_C010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 1) {
            Stage value0 = quickStage(facts.get("stage"));
            if (value0 != null) {
                return evaluate(new Facts(value0));
            }
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (reader.hasMissing()) {
            return evaluatePartial(reader);
        }
        return evaluate(new Facts((Stage) reader.value(0)));
    }

    /**
     * The value of fact {@code stage} given as itself or as the exact text of its id, label
     * or constant name; null for anything else, which the reader then reads or rejects.
     */
    private static Stage quickStage(Object raw) {
        if (raw instanceof String text) {
            return switch (text) {
                case "found", "\u8d23\u4ee4\u9650\u671f\u6574\u6539\u524d", "FOUND" -> Stage.FOUND;
                case "unqualified", "\u6574\u6539\u4e0d\u5408\u683c", "UNQUALIFIED" -> Stage.UNQUALIFIED;
                case "overdue", "\u903e\u671f\u4e0d\u6574\u6539", "OVERDUE" -> Stage.OVERDUE;
                default -> null;
            };
        }
        return raw instanceof Stage value ? value : null;
    }

    /**
     * Decides with facts left out, as the interpreter does: refused naming the missing facts
     * the result depends on, else decided on placeholders for them.
     */
    private Decision evaluatePartial(FactReader reader) {
        Facts facts = new Facts(reader.value(0) != null ? (Stage) reader.value(0) : Stage.values()[0]);
        PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of C05834..C05835
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of C05834..C05835
     */
    public static C05834_C05835Violation of(String code) {
        for (C05834_C05835Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e C05834..C05835 \u7684\u7f16\u7801\uff1a" + code);
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
        return "\u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe";
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
     * The code and the title, e.g. <code>C05834 \u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe</code>.
     */
    @Override
    public String toString() {
        return code + " \u5e94\u5f53\u5efa\u8bbe\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u4e0d\u5efa\u8bbe\u6216\u8005\u4e0d\u6309\u7167\u89c4\u8303\u548c\u6807\u51c6\u5efa\u8bbe";
    }

    /**
     * \u6574\u6539\u60c5\u51b5\uff08\u4e8b\u5b9e {@code stage} \u7684\u53d6\u503c\uff09.
     */
    public enum Stage implements Labelled {
        /**
         * \u8d23\u4ee4\u9650\u671f\u6574\u6539\u524d.
         */
        FOUND("found", "\u8d23\u4ee4\u9650\u671f\u6574\u6539\u524d"),

        /**
         * \u6574\u6539\u4e0d\u5408\u683c.
         */
        UNQUALIFIED("unqualified", "\u6574\u6539\u4e0d\u5408\u683c"),

        /**
         * \u903e\u671f\u4e0d\u6574\u6539.
         */
        OVERDUE("overdue", "\u903e\u671f\u4e0d\u6574\u6539");

        private final String id;

        private final String label;

        Stage(String id, String label) {
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
     * The facts of a case of C05834..C05835, the inputs of its decision.
     *
     * @param stage \u6574\u6539\u60c5\u51b5\uff1a\u8d23\u4ee4\u9650\u671f\u6574\u6539\u524d\u3001\u6574\u6539\u4e0d\u5408\u683c\u3001\u903e\u671f\u4e0d\u6574\u6539
     */
    public record Facts(Stage stage) {
        /**
         * Checks the facts.
         *
         * @param stage \u6574\u6539\u60c5\u51b5\uff1a\u8d23\u4ee4\u9650\u671f\u6574\u6539\u524d\u3001\u6574\u6539\u4e0d\u5408\u683c\u3001\u903e\u671f\u4e0d\u6574\u6539
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.present(stage, "C05834..C05835", "stage", "\u6574\u6539\u60c5\u51b5");
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
            private Stage stage;

            private Builder() {
            }

            /**
             * Sets \u6574\u6539\u60c5\u51b5.
             *
             * @param stage the value
             * @return this builder
             */
            public Builder stage(Stage stage) {
                this.stage = stage;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(stage, "C05834..C05835", "stage", "\u6574\u6539\u60c5\u51b5"));
            }
        }
    }
}
