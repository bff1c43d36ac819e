package golden.general;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.GeneralEffect;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.GeneralOutcomes;
import org.cailiang.runtime.GeneralRules;

/**
 * 总则：基础总则 *&#47; &#47;* &#92;u002a&#92;u002f、叠加总则（标准 gen 适用）.
 *
 * <p>The general circumstances as {@link Circumstance}, the rules as {@link #RULES}; {@link #decide} applies them to a table decision.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class GenGeneral {
    /**
     * The general part's rules, as the standard declares them.
     */
    public static final GeneralRules RULES = new GeneralRules(
        "基础总则 */ /* \\u002a\\u002f、叠加总则",
        List.of(
            new GeneralRules.Circumstance("minor", "未成年 */ class X {} /* 与 \"引号\" 与 <script>", Optional.of(new GeneralEffect(GeneralEffect.Modality.SHALL, GeneralEffect.Kind.LIGHTER_OR_REDUCED)), "第三十条 @author $x"),
            new GeneralRules.Circumstance("trivial", "轻微", Optional.of(new GeneralEffect(GeneralEffect.Modality.SHALL, GeneralEffect.Kind.WAIVE)), "第三十三条第一款"),
            new GeneralRules.Circumstance("first", "初次", Optional.of(new GeneralEffect(GeneralEffect.Modality.MAY, GeneralEffect.Kind.WAIVE)), "第三十三条第一款"),
            new GeneralRules.Circumstance("public", "涉及公共利益（关键字作名称）", Optional.empty(), ""),
            new GeneralRules.Circumstance("life", "涉及生命健康", Optional.empty(), ""),
            new GeneralRules.Circumstance("heavy", "从重情节", Optional.of(new GeneralEffect(GeneralEffect.Modality.SHALL, GeneralEffect.Kind.HEAVIER)), "本基准规定"),
            new GeneralRules.Circumstance("MINOR", "与 minor 同名常量", Optional.of(new GeneralEffect(GeneralEffect.Modality.MAY, GeneralEffect.Kind.LIGHTER)), "本基准规定")),
        List.of(
            new GeneralRules.Adjustment(GeneralEffect.Kind.LIGHTER, GeneralRules.Adjustment.Mode.LOWER, new BigDecimal("50"), "本基准规定"),
            new GeneralRules.Adjustment(GeneralEffect.Kind.REDUCED, GeneralRules.Adjustment.Mode.FLOOR, new BigDecimal("33.3"), ""),
            new GeneralRules.Adjustment(GeneralEffect.Kind.HEAVIER, GeneralRules.Adjustment.Mode.UPPER, new BigDecimal("50"), "")),
        Optional.of(new GeneralRules.Combination(GeneralRules.Combination.Rule.OFFSET, "本基准规定")),
        List.of(
            new GeneralRules.Limitation(24, Optional.empty(), "第三十六条"),
            new GeneralRules.Limitation(60, Optional.of("life"), "第三十六条")),
        List.of(
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.HEARING, Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.GE, new BigDecimal("10000"))), Optional.of(GeneralRules.PartyKind.PERSON), Optional.empty(), "第六十三条"),
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.SIMPLIFIED, Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.LE, new BigDecimal("200"))), Optional.of(GeneralRules.PartyKind.PERSON), Optional.empty(), "第五十一条"),
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.SIMPLIFIED, Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.LE, new BigDecimal("3000"))), Optional.of(GeneralRules.PartyKind.ORGANIZATION), Optional.empty(), "第五十一条"),
            new GeneralRules.ProcedureRule(GeneralRules.Procedure.LEGAL_REVIEW, Optional.empty(), Optional.empty(), Optional.of("public"), "第五十八条")),
        Map.ofEntries(
            Map.entry("man", GeneralRules.PartyKind.PERSON),
            Map.entry("org", GeneralRules.PartyKind.ORGANIZATION)));

    /**
     * The outcomes of cases without general facts, remembered: no allocation.
     */
    private static final GeneralOutcomes OUTCOMES = new GeneralOutcomes(RULES);

    private GenGeneral() {
    }

    /**
     * The general facts with these circumstances, no dates, no proposed fine.
     *
     * @param circumstances the circumstances that hold
     * @return the facts, for {@link #decide} or a violation's {@code evaluate}
     */
    public static GeneralFacts facts(Circumstance... circumstances) {
        Set<String> ids = new LinkedHashSet<>();
        for (Circumstance circumstance : circumstances) {
            ids.add(circumstance.id());
        }
        return GeneralFacts.of(ids);
    }

    /**
     * The outcome of a table decision under the general part.
     *
     * @param decision the decision of one of the standard's violations
     * @param facts the general circumstances, dates and proposed fine
     * @return the outcome: steps, options, procedure flags, limitation, explanation
     * @throws IllegalArgumentException when a circumstance is not declared, the discovery is before the act, or the proposed fine cannot be imposed
     */
    public static CaseDecision decide(Decision decision, GeneralFacts facts) {
        return OUTCOMES.decide(decision, facts);
    }

    /**
     * The general circumstances of the case (总则情节).
     */
    public enum Circumstance {
        /**
         * 未成年 *&#47; class X {} &#47;* 与 "引号" 与 &lt;script&gt;.
         *
         * <p>应当从轻或者减轻处罚（第三十条 &#64;author $x）
         */
        MINOR("minor", "未成年 */ class X {} /* 与 \"引号\" 与 <script>"),

        /**
         * 轻微.
         *
         * <p>应当不予处罚（第三十三条第一款）
         */
        TRIVIAL("trivial", "轻微"),

        /**
         * 初次.
         *
         * <p>可以不予处罚（第三十三条第一款）
         */
        FIRST("first", "初次"),

        /**
         * 涉及公共利益（关键字作名称）.
         */
        PUBLIC("public", "涉及公共利益（关键字作名称）"),

        /**
         * 涉及生命健康.
         */
        LIFE("life", "涉及生命健康"),

        /**
         * 从重情节.
         *
         * <p>应当从重处罚（本基准规定）
         */
        HEAVY("heavy", "从重情节"),

        /**
         * 与 minor 同名常量.
         *
         * <p>可以从轻处罚（本基准规定）
         */
        MINOR_2("MINOR", "与 minor 同名常量");

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
