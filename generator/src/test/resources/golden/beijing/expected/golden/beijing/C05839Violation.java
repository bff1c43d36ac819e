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
 * \u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c\uff08C05839\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c\u3002
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u4e8c\u5341\u4e09\u6761\uff08{@link BeijingPsbImageLaw#ART23}\uff09\uff1a\u8fdd\u53cd\u672c\u529e\u6cd5\u7b2c\u5341\u4e8c\u6761\u7684\u89c4\u5b9a\uff0c\u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u8d23\u4ee4\u9650\u671f\u6574\u6539\uff0c\u53ef\u4ee5\u5bf9\u5355\u4f4d\u5e76\u59041000\u5143\u4ee5\u4e0a1\u4e07\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff1b\u903e\u671f\u4e0d\u6574\u6539\u6216\u8005\u6574\u6539\u4e0d\u5408\u683c\u7684\uff0c\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u5341\u4e8c\u6761\uff08{@link BeijingPsbImageLaw#ART12}\uff09\uff1a\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\u4f7f\u7528\u5355\u4f4d\uff0c\u5e94\u5f53\u91c7\u53d6\u4e0b\u5217\u63aa\u65bd\uff0c\u4fdd\u8bc1\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c\uff1a<br>
 * \uff08\u4e00\uff09\u5bf9\u4e8e\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u5bc6\u5207\u63a5\u89e6\u7684\u4eba\u5458\u8fdb\u884c\u5c97\u4f4d\u6280\u80fd\u548c\u4fdd\u5bc6\u77e5\u8bc6\u7684\u57f9\u8bad\uff1b<br>
 * \uff08\u4e8c\uff09\u5efa\u7acb\u5b89\u5168\u68c0\u67e5\u3001\u8fd0\u884c\u7ef4\u62a4\u3001\u5e94\u6025\u5904\u7406\u7b49\u5236\u5ea6\uff1b<br>
 * \uff08\u4e09\uff09\u4fdd\u6301\u56fe\u50cf\u4fe1\u606f\u753b\u9762\u6e05\u6670\uff0c\u4fdd\u8bc1\u7cfb\u7edf\u6b63\u5e38\u8fd0\u884c\uff1b<br>
 * \uff08\u56db\uff09\u4e0d\u5f97\u64c5\u81ea\u6539\u53d8\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\u7528\u9014\u548c\u6444\u50cf\u8bbe\u5907\u7684\u4f4d\u7f6e\u3002<br>
 *     \u4f7f\u7528\u5355\u4f4d\u59d4\u6258\u5176\u4ed6\u5355\u4f4d\u8fd0\u8425\u3001\u7ef4\u62a4\u3001\u7ba1\u7406\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\uff0c\u53cc\u65b9\u5e94\u5f53\u660e\u786e\u4fdd\u8bc1\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c\u7684\u8d23\u4efb\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>B010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d\uff1a\u8d23\u4ee4\u9650\u671f\u6574\u6539\uff0c\u53ef\u4ee5\u5bf9\u5355\u4f4d\u5e76\u59041000\u5143\u4ee5\u4e0a1\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * <li>B020\u300c\u6574\u6539\u4e0d\u5408\u683c\u300d\uff1a\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * <li>B030\u300c\u903e\u671f\u4e0d\u6574\u6539\u300d\uff1a\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05839Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05839", "C05839");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("stage", "\u6574\u6539\u60c5\u51b5", FactSpec.Type.ENUM, ConstantLists.values(Stage.values())));

    private static final List<Citation> CITATIONS = ConstantLists.citations(BeijingPsbImageLaw.ART23, BeijingPsbImageLaw.ART12);

    private static final String[] TIER_SUFFIXES = {"B010", "B020", "B030"};

    private static final C05839Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05839.
     */
    public static final List<C05839Violation> CODES = List.of(INSTANCES);

    /**
     * C05839\uff1a\u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c.
     */
    public static final C05839Violation C05839 = INSTANCES[0];

    /**
     * B020\uff08\u6574\u6539\u4e0d\u5408\u683c\uff09.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "\u6574\u6539\u4e0d\u5408\u683c",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * B030\uff08\u903e\u671f\u4e0d\u6574\u6539\uff09.
     */
    private static final Decision[] TIER_B030 = decisions(
        "B030",
        "\u903e\u671f\u4e0d\u6574\u6539",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * B010\uff08\u4e00\u822c\u60c5\u51b5\u4e0b\uff09.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "\u4e00\u822c\u60c5\u51b5\u4e0b",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u9650\u671f\u6574\u6539"),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(1000L, 10000L), null, true),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.atMost(500L), null, true)),
        "\u8d23\u4ee4\u9650\u671f\u6574\u6539\uff0c\u53ef\u4ee5\u5bf9\u5355\u4f4d\u5e76\u59041000\u5143\u4ee5\u4e0a1\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

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
    private C05839Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "\u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05839Violation[] instances() {
        C05839Violation[] instances = new C05839Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05839Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05839Violation violation, Facts facts) {
        if (facts.stage() == Stage.UNQUALIFIED) {
            return TIER_B020[violation.index];
        }
        if (facts.stage() == Stage.OVERDUE) {
            return TIER_B030[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of \u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B020\u300c\u6574\u6539\u4e0d\u5408\u683c\u300d when <code>stage == unqualified</code>
     * <li>B030\u300c\u903e\u671f\u4e0d\u6574\u6539\u300d when <code>stage == overdue</code>
     * <li>B010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d otherwise
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
        return TIER_B010[this.index];
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
     * @param code one of C05839
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of C05839
     */
    public static C05839Violation of(String code) {
        for (C05839Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e C05839 \u7684\u7f16\u7801\uff1a" + code);
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
        return "\u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c";
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
     * The code and the title, e.g. <code>C05839 \u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c</code>.
     */
    @Override
    public String toString() {
        return code + " \u672a\u91c7\u53d6\u4fdd\u969c\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u8fd0\u884c\u5b89\u5168\u7ba1\u7406\u63aa\u65bd\uff0c\u5f71\u54cd\u7cfb\u7edf\u5b89\u5168\u8fd0\u884c";
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
     * The facts of a case of C05839, the inputs of its decision.
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
            FactChecks.present(stage, "C05839", "stage", "\u6574\u6539\u60c5\u51b5");
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
                return new Facts(FactChecks.present(stage, "C05839", "stage", "\u6574\u6539\u60c5\u51b5"));
            }
        }
    }
}
