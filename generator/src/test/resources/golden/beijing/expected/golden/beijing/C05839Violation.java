package golden.beijing;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;

/**
 * 未采取保障图像信息系统运行安全管理措施，影响系统安全运行（C05839）.
 *
 * <p>违法行为：未采取保障图像信息系统运行安全管理措施，影响系统安全运行。
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》第二十三条（{@link BeijingPsbImageLaw#ART23}）：违反本办法第十二条的规定，未采取保障图像信息系统运行安全管理措施，影响系统安全运行的，由公安机关责令限期整改，可以对单位并处1000元以上1万元以下的罚款，对单位主要负责人、直接责任人员分别处500元以下的罚款；逾期不整改或者整改不合格的，对单位处1万元以上3万元以下的罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下的罚款。
 * <li>《北京市公共安全图像信息系统管理办法》第十二条（{@link BeijingPsbImageLaw#ART12}）：公共安全图像信息系统的使用单位，应当采取下列措施，保证公共安全图像信息系统安全运行：<br>
 * （一）对于公共安全图像信息系统密切接触的人员进行岗位技能和保密知识的培训；<br>
 * （二）建立安全检查、运行维护、应急处理等制度；<br>
 * （三）保持图像信息画面清晰，保证系统正常运行；<br>
 * （四）不得擅自改变公共安全图像信息系统的用途和摄像设备的位置。<br>
 *     使用单位委托其他单位运营、维护、管理公共安全图像信息系统的，双方应当明确保证系统安全运行的责任。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B010「一般情况下」：责令限期整改，可以对单位并处1000元以上1万元以下罚款，对单位主要负责人、直接责任人分别处500元以下罚款。
 * <li>B020「整改不合格」：对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。
 * <li>B030「逾期不整改」：对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05839Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05839", "C05839");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("stage", "整改情况", FactSpec.Type.ENUM, List.of(Stage.values())));

    private static final List<Citation> CITATIONS = List.of(BeijingPsbImageLaw.ART23, BeijingPsbImageLaw.ART12);

    private static final List<String> TIER_SUFFIXES = List.of("B010", "B020", "B030");

    private static final C05839Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05839.
     */
    public static final List<C05839Violation> CODES = List.of(INSTANCES);

    /**
     * C05839：未采取保障图像信息系统运行安全管理措施，影响系统安全运行.
     */
    public static final C05839Violation C05839 = INSTANCES[0];

    /**
     * B020（整改不合格）.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "整改不合格",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。");

    /**
     * B030（逾期不整改）.
     */
    private static final Decision[] TIER_B030 = decisions(
        "B030",
        "逾期不整改",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。");

    /**
     * B010（一般情况下）.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "一般情况下",
        List.<Sanction>of(
            new Sanction.Order("责令限期整改"),
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(1000L, 10000L), null, true),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.atMost(500L), null, true)),
        "责令限期整改，可以对单位并处1000元以上1万元以下罚款，对单位主要负责人、直接责任人分别处500元以下罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05839Violation(int index, String code) {
        this.index = index;
        this.code = code;
        this.tierCodes = TIER_SUFFIXES.stream().map(code::concat).toList();
    }

    /**
     * One decision of a tier per code of this violation.
     */
    private static Decision[] decisions(String suffix, String circumstance,
            List<Sanction> sanctions, String text) {
        Decision[] decisions = new Decision[CODE_NAMES.length];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "未采取保障图像信息系统运行安全管理措施，影响系统安全运行", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
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
     * Decides a case of 未采取保障图像信息系统运行安全管理措施，影响系统安全运行: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B020「整改不合格」 when <code>stage == unqualified</code>
     * <li>B030「逾期不整改」 when <code>stage == overdue</code>
     * <li>B010「一般情况下」 otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "案件事实");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        return TIER_B010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.enumValue(0, Stage.class)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05839
     */
    public static C05839Violation of(String code) {
        for (C05839Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05839 的编码：" + code);
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
        return "未采取保障图像信息系统运行安全管理措施，影响系统安全运行";
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
     * The code and the title, e.g. {@code C05837 擅自…系统}.
     */
    @Override
    public String toString() {
        return code + " 未采取保障图像信息系统运行安全管理措施，影响系统安全运行";
    }

    /**
     * 整改情况（事实 {@code stage} 的取值）.
     */
    public enum Stage implements Labelled {
        /**
         * 责令限期整改前.
         */
        FOUND("found", "责令限期整改前"),

        /**
         * 整改不合格.
         */
        UNQUALIFIED("unqualified", "整改不合格"),

        /**
         * 逾期不整改.
         */
        OVERDUE("overdue", "逾期不整改");

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
     * @param stage 整改情况：责令限期整改前、整改不合格、逾期不整改
     */
    public record Facts(Stage stage) {
        /**
         * Checks the facts.
         *
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.present(stage, "C05839", "stage", "整改情况");
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
             * Sets 整改情况.
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
                return new Facts(FactChecks.present(stage, "C05839", "stage", "整改情况"));
            }
        }
    }
}
