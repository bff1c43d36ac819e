package golden.general;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.GeneralEffect;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.GeneralOutcomes;
import org.cailiang.runtime.GeneralRules;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.InvalidDatesException;
import org.cailiang.runtime.InvalidGeneralFactsException;
import org.cailiang.runtime.Statute;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.ConstantLists;

/**
 * \u603b\u5219\uff1a\u57fa\u7840\u603b\u5219 *&#47; &#47;* &#92;u002a&#92;u002f\u3001\u53e0\u52a0\u603b\u5219\uff08\u6807\u51c6 gen \u9002\u7528\uff09.
 *
 * <p>\u9002\u7528\u4e8e\u300a\u6d4b\u8bd5\u6761\u4f8b\u300b\u7684\u8fdd\u6cd5\u884c\u4e3a\u3002
 *
 * <p>The general circumstances as {@link Circumstance}, the rules as {@link #RULES}; {@link #decide} applies them to a table decision.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class GenGeneral {
    /**
     * The general part's rules, as the standard declares them.
     */
    public static final GeneralRules RULES = new GeneralRules(
        "\u57fa\u7840\u603b\u5219 */ /* \\u002a\\u002f\u3001\u53e0\u52a0\u603b\u5219",
        ConstantLists.circumstances(
            new GeneralRules.Circumstance("minor", "\u672a\u6210\u5e74 */ class X {} /* \u4e0e \"\u5f15\u53f7\" \u4e0e <script>", Optional.of(new GeneralEffect(GeneralEffect.Modality.SHALL, GeneralEffect.Kind.LIGHTER_OR_REDUCED)), "\u7b2c\u4e09\u5341\u6761 @author $x"),
            new GeneralRules.Circumstance("trivial", "\u8f7b\u5fae", Optional.of(new GeneralEffect(GeneralEffect.Modality.SHALL, GeneralEffect.Kind.WAIVE)), "\u7b2c\u4e09\u5341\u4e09\u6761\u7b2c\u4e00\u6b3e"),
            new GeneralRules.Circumstance("first", "\u521d\u6b21", Optional.of(new GeneralEffect(GeneralEffect.Modality.MAY, GeneralEffect.Kind.WAIVE)), "\u7b2c\u4e09\u5341\u4e09\u6761\u7b2c\u4e00\u6b3e"),
            new GeneralRules.Circumstance("public", "\u6d89\u53ca\u516c\u5171\u5229\u76ca\uff08\u5173\u952e\u5b57\u4f5c\u540d\u79f0\uff09", Optional.empty(), ""),
            new GeneralRules.Circumstance("life", "\u6d89\u53ca\u751f\u547d\u5065\u5eb7", Optional.empty(), ""),
            new GeneralRules.Circumstance("heavy", "\u4ece\u91cd\u60c5\u8282", Optional.of(new GeneralEffect(GeneralEffect.Modality.SHALL, GeneralEffect.Kind.HEAVIER)), "\u672c\u57fa\u51c6\u89c4\u5b9a"),
            new GeneralRules.Circumstance("MINOR", "\u4e0e minor \u540c\u540d\u5e38\u91cf", Optional.of(new GeneralEffect(GeneralEffect.Modality.MAY, GeneralEffect.Kind.LIGHTER)), "\u672c\u57fa\u51c6\u89c4\u5b9a"),
            new GeneralRules.Circumstance("teen", "\u5341\u516d\u5468\u5c81 */", Optional.empty(), "", Optional.of(GeneralRules.PartyKind.PERSON), List.of("minor", "trivial")),
            new GeneralRules.Circumstance("again", "\u518d\u6b21", Optional.empty(), "", Optional.empty(), List.of("heavy"))),
        List.of(
            new GeneralRules.Adjustment(GeneralEffect.Kind.LIGHTER, GeneralRules.Adjustment.Mode.LOWER, new BigDecimal("50"), "\u672c\u57fa\u51c6\u89c4\u5b9a"),
            new GeneralRules.Adjustment(GeneralEffect.Kind.REDUCED, GeneralRules.Adjustment.Mode.FLOOR, new BigDecimal("33.3"), ""),
            new GeneralRules.Adjustment(GeneralEffect.Kind.HEAVIER, GeneralRules.Adjustment.Mode.UPPER, new BigDecimal("50"), "")),
        Optional.of(new GeneralRules.Combination(GeneralRules.Combination.Rule.OFFSET, "\u672c\u57fa\u51c6\u89c4\u5b9a")),
        List.of(
            new GeneralRules.Limitation(24, Optional.empty(), "\u7b2c\u4e09\u5341\u516d\u6761"),
            new GeneralRules.Limitation(60, Optional.of("life"), Optional.of(LocalDate.of(2021, 7, 15)), "\u7b2c\u4e09\u5341\u516d\u6761")),
        List.of(
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.HEARING, Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.GE, new BigDecimal("10000"))), Optional.of(GeneralRules.PartyKind.PERSON), Optional.empty(), "\u7b2c\u516d\u5341\u4e09\u6761"),
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.SIMPLIFIED, Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.LE, new BigDecimal("200"))), Optional.of(GeneralRules.PartyKind.PERSON), Optional.empty(), "\u7b2c\u4e94\u5341\u4e00\u6761"),
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.SIMPLIFIED, Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.LE, new BigDecimal("3000"))), Optional.of(GeneralRules.PartyKind.ORGANIZATION), Optional.empty(), "\u7b2c\u4e94\u5341\u4e00\u6761"),
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.LEGAL_REVIEW, Optional.empty(), Optional.empty(), Optional.of("public"), "\u7b2c\u4e94\u5341\u516b\u6761")),
        ConstantLists.partyKinds(
            "man", "PERSON",
            "org", "ORGANIZATION"),
        List.of(
            new GeneralRules.Exclusion(List.of("trivial", "heavy"), "\u8f7b\u5fae\u4e0e\u4ece\u91cd */ \" \\u002a\\u002f")));

    /**
     * The outcomes of cases without general facts, remembered: no allocation.
     */
    private static final GeneralOutcomes OUTCOMES = new GeneralOutcomes(RULES, "gen",
            Codes.set("G00100"),
            "\u300a\u6d4b\u8bd5\u6761\u4f8b\u300b");

    private GenGeneral() {
    }

    /**
     * The general facts with these circumstances, no dates, no proposed fine.
     *
     * @param circumstances the circumstances that hold
     * @return the facts, for {@link #decide} or a violation's {@code evaluate}
     */
    public static GeneralFacts facts(Circumstance... circumstances) {
        Objects.requireNonNull(circumstances, "circumstances \u4e3a null\uff1a\u6ca1\u6709\u60c5\u8282\u65f6\u4e0d\u4f20\u53c2\u6570\uff0c\u6216\u7528 GeneralFacts.NONE");
        Set<String> ids = new LinkedHashSet<>();
        for (Circumstance circumstance : circumstances) {
            ids.add(Objects.requireNonNull(circumstance, "\u60c5\u8282\u4e2d\u6709 null").id());
        }
        return GeneralFacts.of(ids);
    }

    /**
     * The outcome of a table decision under the general part, without the statute: \u51cf\u8f7b has no statutory minimum to go below and is left to the officer (see {@code unresolved()}); a violation's {@code evaluate(\u2026, GeneralFacts)} or the three-argument {@code decide} computes it.
     *
     * @param decision the decision of one of the standard's violations
     * @param facts the general circumstances, dates and proposed fine
     * @return the outcome: steps, options, procedure flags, limitation, explanation
     * @throws InvalidGeneralFactsException when a circumstance is not declared or the proposed fine cannot be imposed
     * @throws InvalidDatesException when the discovery is before the act
     */
    public static CaseDecision decide(Decision decision, GeneralFacts facts) {
        return OUTCOMES.decide(decision, facts);
    }

    /**
     * The outcome of a table decision under the general part, reducing (\u51cf\u8f7b) below the minimum of what the violation's statute allows.
     *
     * @param decision the decision of one of the standard's violations
     * @param facts the general circumstances, dates and proposed fine
     * @param statute what the violation's statute allows in the case
     * @return the outcome: steps, options, procedure flags, limitation, explanation
     * @throws InvalidGeneralFactsException when a circumstance is not declared or the proposed fine cannot be imposed
     * @throws InvalidDatesException when the discovery is before the act
     */
    public static CaseDecision decide(Decision decision, GeneralFacts facts, Statute statute) {
        return OUTCOMES.decide(decision, facts, statute);
    }

    /**
     * The general circumstances of the case (\u603b\u5219\u60c5\u8282).
     */
    public enum Circumstance {
        /**
         * \u672a\u6210\u5e74 *&#47; class X {} &#47;* \u4e0e "\u5f15\u53f7" \u4e0e &lt;script&gt;.
         *
         * <p>\u5e94\u5f53\u4ece\u8f7b\u6216\u8005\u51cf\u8f7b\u5904\u7f5a\uff08\u7b2c\u4e09\u5341\u6761 &#64;author $x\uff09
         */
        MINOR("minor", "\u672a\u6210\u5e74 */ class X {} /* \u4e0e \"\u5f15\u53f7\" \u4e0e <script>"),

        /**
         * \u8f7b\u5fae.
         *
         * <p>\u5e94\u5f53\u4e0d\u4e88\u5904\u7f5a\uff08\u7b2c\u4e09\u5341\u4e09\u6761\u7b2c\u4e00\u6b3e\uff09
         */
        TRIVIAL("trivial", "\u8f7b\u5fae"),

        /**
         * \u521d\u6b21.
         *
         * <p>\u53ef\u4ee5\u4e0d\u4e88\u5904\u7f5a\uff08\u7b2c\u4e09\u5341\u4e09\u6761\u7b2c\u4e00\u6b3e\uff09
         */
        FIRST("first", "\u521d\u6b21"),

        /**
         * \u6d89\u53ca\u516c\u5171\u5229\u76ca\uff08\u5173\u952e\u5b57\u4f5c\u540d\u79f0\uff09.
         */
        PUBLIC("public", "\u6d89\u53ca\u516c\u5171\u5229\u76ca\uff08\u5173\u952e\u5b57\u4f5c\u540d\u79f0\uff09"),

        /**
         * \u6d89\u53ca\u751f\u547d\u5065\u5eb7.
         */
        LIFE("life", "\u6d89\u53ca\u751f\u547d\u5065\u5eb7"),

        /**
         * \u4ece\u91cd\u60c5\u8282.
         *
         * <p>\u5e94\u5f53\u4ece\u91cd\u5904\u7f5a\uff08\u672c\u57fa\u51c6\u89c4\u5b9a\uff09
         */
        HEAVY("heavy", "\u4ece\u91cd\u60c5\u8282"),

        /**
         * \u4e0e minor \u540c\u540d\u5e38\u91cf.
         *
         * <p>\u53ef\u4ee5\u4ece\u8f7b\u5904\u7f5a\uff08\u672c\u57fa\u51c6\u89c4\u5b9a\uff09
         */
        MINOR_2("MINOR", "\u4e0e minor \u540c\u540d\u5e38\u91cf"),

        /**
         * \u5341\u516d\u5468\u5c81 *&#47;.
         */
        TEEN("teen", "\u5341\u516d\u5468\u5c81 */"),

        /**
         * \u518d\u6b21.
         */
        AGAIN("again", "\u518d\u6b21");

        private final String id;

        private final String label;

        Circumstance(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /**
         * The identifier in the source, as {@code GeneralFacts} names it.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The official wording.
         *
         * @return the label
         */
        public String label() {
            return label;
        }
    }
}
