package golden.general;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.GeneralRules;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.InvalidDatesException;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.InvalidGeneralFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Statute;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.ConstantLists;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.internal.PartialPlan;

/**
 * \u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a\uff08G00200\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u7b2c\u4e8c\u6761\u4f8b\u300b\u7b2c\u4e00\u6761\uff08{@link GenReg2Law#A1}\uff09\uff1a\u5904\u4e8c\u767e\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>B1\u300c\u4e00\u822c\u300d\uff1a\u5904\u4e8c\u767e\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class G00200Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("G00200", "G00200");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
    );

    private static final List<Citation> CITATIONS = ConstantLists.citations(GenReg2Law.A1);

    private static final String[] TIER_SUFFIXES = {"B1"};

    private static final G00200Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: G00200.
     */
    public static final List<G00200Violation> CODES = List.of(INSTANCES);

    /**
     * G00200\uff1a\u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a.
     */
    public static final G00200Violation G00200 = INSTANCES[0];

    /**
     * B1\uff08\u4e00\u822c\uff09.
     */
    private static final Decision[] TIER_B1 = decisions(
        "B1",
        "\u4e00\u822c",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(GenParties.MAN), false, MoneyRange.atMost(200L), null, false)),
        "\u5904\u4e8c\u767e\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "else clause always");

    private static final Statute STATUTE = Statute.of(List.of(
        new Sanction.Fine(ConstantLists.parties(GenParties.MAN), false, MoneyRange.atMost(200L), null, false)));

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private G00200Violation(int index, String code) {
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
            decisions[i] = new Decision(Gen.ID, CODE_NAMES[i], "\u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static G00200Violation[] instances() {
        G00200Violation[] instances = new G00200Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new G00200Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(G00200Violation violation, Facts facts) {
        return null;
    }

    /**
     * What the penalty article allows in this case: the general part reduces (\u51cf\u8f7b) below its minimum. For the general part's {@code decide} with a table decision of this violation.
     *
     * @param facts the facts of the case
     * @return the sanctions of the clauses that hold
     */
    public static Statute statute(Facts facts) {
        return STATUTE;
    }

    /**
     * The outcome without general facts of the tier that applies, as {@code decide} chooses it; null where that tier is computed from the facts.
     */
    private static CaseDecision plainOutcome(G00200Violation violation, Facts facts) {
        return PlainOutcomes.outcome(PlainOutcomes.TIER_B1, TIER_B1, violation.index);
    }

    /**
     * Decides a case of \u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B1\u300c\u4e00\u822c\u300d otherwise
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
        return TIER_B1[this.index];
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
     * @param code one of G00200
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of G00200
     */
    public static G00200Violation of(String code) {
        for (G00200Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e G00200 \u7684\u7f16\u7801\uff1a" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return Gen.ID;
    }

    @Override
    public String title() {
        return "\u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a";
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
     * The code and the title, e.g. <code>G00200 \u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a</code>.
     */
    @Override
    public String toString() {
        return code + " \u53ea\u5728\u7b2c\u4e8c\u6761\u4f8b\u4e2d\u7684\u8fdd\u6cd5\u884c\u4e3a";
    }

    /**
     * Decides a case with the general part (\u603b\u5219) the standard uses: the tier, then every adjustment applied, the options offered, the procedure flags and the limitation period.
     *
     * @param facts the facts of the case
     * @param general the general circumstances, dates and proposed fine, e.g. {@link GenGeneralReg2#facts}
     * @return the outcome; never null. Without general facts ({@code GeneralFacts.NONE}) it allocates nothing after the tier's first outcome.
     * @throws InvalidGeneralFactsException when the general facts do not fit the general part
     * @throws InvalidDatesException when the discovery is before the act
     */
    public CaseDecision evaluate(Facts facts, GeneralFacts general) {
        Objects.requireNonNull(general, GeneralFacts.NULL_MESSAGE);
        if (general == GeneralFacts.NONE) {
            FactChecks.present(facts, code, "facts", "\u6848\u4ef6\u4e8b\u5b9e");
            CaseDecision plain = plainOutcome(this, facts);
            if (plain != null) {
                return plain;
            }
        }
        return GenGeneralReg2.decide(evaluate(facts), general,
                    general.circumstances().isEmpty() ? Statute.UNDECLARED : statute(facts));
    }

    @Override
    public CaseDecision evaluate(Map<String, ?> facts, GeneralFacts general) {
        Objects.requireNonNull(general, GeneralFacts.NULL_MESSAGE);
        if (general.circumstances().isEmpty()) {
            return GenGeneralReg2.decide(evaluate(facts), general, Statute.UNDECLARED);
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (!reader.hasMissing()) {
            return evaluate(new Facts(), general);
        }
        Decision decision = evaluatePartial(reader);
        if (!GenGeneralReg2.RULES.readsStatute(general, decision)) {
            return GenGeneralReg2.decide(decision, general, Statute.UNDECLARED);
        }
        PARTIAL_PLAN.requireStatuteKnown(code, reader);
        return GenGeneralReg2.decide(decision, general, statute(new Facts()));
    }

    @Override
    public Optional<GeneralRules> generalRules() {
        return Optional.of(GenGeneralReg2.RULES);
    }

    /**
     * The outcome of each constant tier without general facts, per code; decided by the general part when first asked for, then kept.
     */
    private static final class PlainOutcomes {
        private static final CaseDecision[] TIER_B1 = new CaseDecision[CODE_NAMES.length];

        /**
         * The outcome of {@code decisions[index]}, kept in {@code outcomes[index]}: an outcome is immutable, so a thread that sees it sees it whole.
         */
        static CaseDecision outcome(CaseDecision[] outcomes, Decision[] decisions, int index) {
            CaseDecision kept = outcomes[index];
            if (kept == null) {
                kept = GenGeneralReg2.decide(decisions[index], GeneralFacts.NONE);
                outcomes[index] = kept;
            }
            return kept;
        }
    }

    /**
     * The facts of a case of G00200, the inputs of its decision.
     *
     */
    public record Facts() {
    }
}
