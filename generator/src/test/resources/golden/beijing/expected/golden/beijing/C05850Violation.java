package golden.beijing;

import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.InvalidFactsException;
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
 * \u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23\uff08C05850\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u8fdd\u53cd\u672c\u529e\u6cd5\u7b2c\u4e5d\u6761\u89c4\u5b9a\uff0c\u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23\u3002
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u5317\u4eac\u5e02\u4f4f\u5b85\u533a\u53ca\u4f4f\u5b85\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u5efa\u8bbe\u548c\u4f7f\u7528\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u5341\u4e8c\u6761\u7b2c\u4e00\u6b3e\uff08{@link BeijingPsbResidentialLaw#ART12_1}\uff09\uff1a\u5bf9\u8fdd\u53cd\u672c\u529e\u6cd5\u7b2c\u4e5d\u6761\u89c4\u5b9a\uff0c\u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23\u7684,\u7531\u516c\u5b89\u673a\u5173\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u53ef\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * <li>\u300a\u5317\u4eac\u5e02\u4f4f\u5b85\u533a\u53ca\u4f4f\u5b85\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u5efa\u8bbe\u548c\u4f7f\u7528\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u4e5d\u6761\uff08{@link BeijingPsbResidentialLaw#ART9}\uff09\uff1a\u4f4f\u5b85\u533a\u53ca\u4f4f\u5b85\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u516c\u5171\u90e8\u5206\u7684\u4f7f\u7528\u548c\u7ef4\u62a4\uff0c\u7531\u7269\u4e1a\u7ba1\u7406\u5355\u4f4d\u8d1f\u8d23\uff1b\u6ca1\u6709\u7269\u4e1a\u7ba1\u7406\u5355\u4f4d\u7684\uff0c\u7531\u4ea7\u6743\u4eba\u8d1f\u8d23\u3002<br>
 *     \u4f4f\u5b85\u533a\u53ca\u4f4f\u5b85\u7684\u7269\u4e1a\u7ba1\u7406\u5355\u4f4d\u6216\u8005\u4ea7\u6743\u4eba\uff08\u4ee5\u4e0b\u7b80\u79f0\u7ba1\u7406\u4eba\uff09\u5e94\u5f53\u9075\u5b88\u4e0b\u5217\u89c4\u5b9a\uff1a<br>
 * \uff08\u4e00\uff09\u4fdd\u8bc1\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u4e0d\u95f4\u65ad\u8fd0\u884c\uff0c\u5e76\u6709\u6548\u8bb0\u5f55\u76d1\u63a7\u4fe1\u606f\uff1b<br>
 * \uff08\u4e8c\uff09\u59a5\u5584\u4fdd\u5b58\u76d1\u63a7\u7cfb\u7edf\u6240\u8bb0\u5f55\u7684\u4fe1\u606f\u8d44\u6599\uff0c\u4e14\u4fdd\u5b58\u671f\u9650\u4e0d\u5f97\u5c11\u4e8e\uff17\u65e5\uff1b<br>
 * \uff08\u4e09\uff09\u4e0d\u5f97\u64c5\u81ea\u6539\u53d8\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u7684\u7528\u9014\u548c\u4f4d\u7f6e\uff1b<br>
 * \uff08\u56db\uff09\u5efa\u7acb\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u7684\u65e5\u5e38\u68c0\u67e5\u3001\u7ef4\u62a4\u5236\u5ea6\uff0c\u5bf9\u88ab\u635f\u574f\u6216\u8005\u51fa\u73b0\u6545\u969c\u7684\u5b89\u5168\u9632\u8303\u8bbe\u65bd\uff0c\u53ca\u65f6\u7ef4\u4fee\u3001\u6392\u9664\u6545\u969c\u3002<br>
 *     \u7ba1\u7406\u4eba\u5bf9\u901a\u8fc7\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u53d1\u73b0\u7684\u6d89\u5acc\u72af\u7f6a\u6216\u8005\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u7684\u884c\u4e3a\u5e94\u5f53\u53ca\u65f6\u62a5\u8b66\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>B000\u300c\u4f4e\u989d\u7f5a\u6b3e\uff0c\u4e0d\u9700\u5206\u9636\u3002\u300d\uff1a\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u53ef\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05850Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05850", "C05850");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
    );

    private static final List<Citation> CITATIONS = ConstantLists.citations(BeijingPsbResidentialLaw.ART12_1, BeijingPsbResidentialLaw.ART9);

    private static final String[] TIER_SUFFIXES = {"B000"};

    private static final C05850Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05850.
     */
    public static final List<C05850Violation> CODES = List.of(INSTANCES);

    /**
     * C05850\uff1a\u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23.
     */
    public static final C05850Violation C05850 = INSTANCES[0];

    /**
     * B000\uff08\u4f4e\u989d\u7f5a\u6b3e\uff0c\u4e0d\u9700\u5206\u9636\u3002\uff09.
     */
    private static final Decision[] TIER_B000 = decisions(
        "B000",
        "\u4f4e\u989d\u7f5a\u6b3e\uff0c\u4e0d\u9700\u5206\u9636\u3002",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u6539\u6b63"),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.MANAGER), false, MoneyRange.of(500L, 1000L), null, true)),
        "\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u53ef\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "else");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05850Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "\u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05850Violation[] instances() {
        C05850Violation[] instances = new C05850Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05850Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05850Violation violation, Facts facts) {
        return null;
    }

    /**
     * Decides a case of \u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B000\u300c\u4f4e\u989d\u7f5a\u6b3e\uff0c\u4e0d\u9700\u5206\u9636\u3002\u300d otherwise
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
        return TIER_B000[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 0) {
            return evaluate(new Facts());
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (reader.hasMissing()) {
            return evaluatePartial(reader);
        }
        return evaluate(new Facts());
    }

    /**
     * Decides with facts left out, as the interpreter does: refused naming the missing facts
     * the result depends on, else decided on placeholders for them.
     */
    private Decision evaluatePartial(FactReader reader) {
        Facts facts = new Facts();
        PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of C05850
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of C05850
     */
    public static C05850Violation of(String code) {
        for (C05850Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e C05850 \u7684\u7f16\u7801\uff1a" + code);
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
        return "\u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23";
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
     * The code and the title, e.g. <code>C05850 \u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23</code>.
     */
    @Override
    public String toString() {
        return code + " \u7ba1\u7406\u4eba\u4e0d\u4f9d\u6cd5\u5c65\u884c\u7ba1\u7406\u804c\u8d23";
    }

    /**
     * The facts of a case of C05850, the inputs of its decision.
     *
     */
    public record Facts() {
    }
}
