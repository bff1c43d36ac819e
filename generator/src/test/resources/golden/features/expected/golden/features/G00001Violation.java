package golden.features;

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
 * \u65e0\u4e8b\u5b9e\uff08G00001\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u65e0\u4e8b\u5b9e
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u6d4b\u8bd5\u6761\u4f8b *&#47; &#47;* &#92;u002a&#92;u002f\u300b\u7b2c\u4e00\u6761\uff08{@link ClassStandardIntLaw#PUBLIC}\uff09\uff1a\u7f5a\u5219\uff1a\u5904\u8fdd\u6cd5\u6240\u5f97\u4e00\u500d\u4ee5\u4e0a\u4e09\u500d\u4ee5\u4e0b\u7f5a\u6b3e\u3002*&#47; class X {} &#47;*<br>
 * \u8def\u5f84 C:&#92;users&#92;new \u4e0e &#92;u000a \u4e0e "\u5f15\u53f7" \u4e0e &lt;script&gt;alert(1)&lt;/script&gt; \u4e0e &#64;author \u4e0e $x
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>B000\u300c\u4e00\u822c\u300d\uff1a
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class G00001Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("G00001", "G00001");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
    );

    private static final List<Citation> CITATIONS = ConstantLists.citations(ClassStandardIntLaw.PUBLIC);

    private static final String[] TIER_SUFFIXES = {"B000"};

    private static final G00001Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: G00001.
     */
    public static final List<G00001Violation> CODES = List.of(INSTANCES);

    /**
     * G00001\uff1a\u65e0\u4e8b\u5b9e.
     */
    public static final G00001Violation G00001 = INSTANCES[0];

    /**
     * B000\uff08\u4e00\u822c\uff09.
     */
    private static final Decision[] TIER_B000 = decisions(
        "B000",
        "\u4e00\u822c",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(ClassStandardParties.PERSON), false, MoneyRange.of(200L, 200L), null, false),
            new Sanction.LicenceAction(Sanction.LicenceAction.Action.REVOKE, "\u8bb8\u53ef\u8bc1", true)),
        "");

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
    private G00001Violation(int index, String code) {
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
            decisions[i] = new Decision(ClassStandard.ID, CODE_NAMES[i], "\u65e0\u4e8b\u5b9e", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static G00001Violation[] instances() {
        G00001Violation[] instances = new G00001Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new G00001Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(G00001Violation violation, Facts facts) {
        return null;
    }

    /**
     * Decides a case of \u65e0\u4e8b\u5b9e: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B000\u300c\u4e00\u822c\u300d otherwise
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
     * @param code one of G00001
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of G00001
     */
    public static G00001Violation of(String code) {
        for (G00001Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e G00001 \u7684\u7f16\u7801\uff1a" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return ClassStandard.ID;
    }

    @Override
    public String title() {
        return "\u65e0\u4e8b\u5b9e";
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
     * The code and the title, e.g. <code>G00001 \u65e0\u4e8b\u5b9e</code>.
     */
    @Override
    public String toString() {
        return code + " \u65e0\u4e8b\u5b9e";
    }

    /**
     * The facts of a case of G00001, the inputs of its decision.
     *
     */
    public record Facts() {
    }
}
