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
 * 应当建设公共安全图像信息系统不建设或者不按照规范和标准建设（C05834..C05835）.
 *
 * <p>违法行为：1、应当建设公共安全图像信息系统不建设；<br>
 * 2、不按照规范和标准建设图像信息系统。
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》第十九条（{@link BeijingPsbImageLaw#ART19}）：违反本办法的规定，应当建设公共安全图像信息系统不建设或者不按照规范和标准建设的，由公安机关责令限期整改并予以警告；逾期不整改或整改不合格的，对单位处1万元以上3万元以下的罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下的罚款。
 * <li>《北京市公共安全图像信息系统管理办法》第五条第一款（{@link BeijingPsbImageLaw#ART5_1}）：下列单位和区域，应当安装公共安全图像信息系统：<br>
 * （一）党政机关、国家机关所在地，广播电台、电视台，电信、邮政、金融、服务单<br>
 * 位，博物馆、档案馆、重点文物保护单位，危险物品生<br>
 * 产、销售、存放场所等重要单位；<br>
 * （二）宾馆、饭店、商场、医院、学校、幼儿园、文化娱乐场所，举办体育赛事的场馆、场地，住宅区、停车场等人员聚集的公共场所；<br>
 * （3） 重点道路、路段和主要交通路口，地下通道、过街天桥，机场、火车站、地铁和城铁车站，公共电汽车的重要交通枢纽等；<br>
 * （四）城市供排水、电力、燃气、热力设施，城市河湖及其他重要水务工程等重要基础设施；<br>
 * （五）国家法律、法规规定的其他地点和区域。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>C010「一般情况下」：责令限期整改并予以警告
 * <li>C020「整改不合格」：对单位处1万元以上2万以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。
 * <li>C030「逾期不整改」：对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05834_C05835Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05834", "C05835");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("stage", "整改情况", FactSpec.Type.ENUM, List.of(Stage.values())));

    private static final List<Citation> CITATIONS = List.of(BeijingPsbImageLaw.ART19, BeijingPsbImageLaw.ART5_1);

    private static final List<String> TIER_SUFFIXES = List.of("C010", "C020", "C030");

    private static final C05834_C05835Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05834..C05835.
     */
    public static final List<C05834_C05835Violation> CODES = List.of(INSTANCES);

    /**
     * C05834：应当建设公共安全图像信息系统不建设或者不按照规范和标准建设.
     */
    public static final C05834_C05835Violation C05834 = INSTANCES[0];

    /**
     * C05835：应当建设公共安全图像信息系统不建设或者不按照规范和标准建设.
     */
    public static final C05834_C05835Violation C05835 = INSTANCES[1];

    /**
     * C020（整改不合格）.
     */
    private static final Decision[] TIER_C020 = decisions(
        "C020",
        "整改不合格",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "对单位处1万元以上2万以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。");

    /**
     * C030（逾期不整改）.
     */
    private static final Decision[] TIER_C030 = decisions(
        "C030",
        "逾期不整改",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。");

    /**
     * C010（一般情况下）.
     */
    private static final Decision[] TIER_C010 = decisions(
        "C010",
        "一般情况下",
        List.<Sanction>of(
            new Sanction.Order("责令限期整改"),
            new Sanction.Warning(false)),
        "责令限期整改并予以警告");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05834_C05835Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "应当建设公共安全图像信息系统不建设或者不按照规范和标准建设", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
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
     * Decides a case of 应当建设公共安全图像信息系统不建设或者不按照规范和标准建设: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>C020「整改不合格」 when <code>stage == unqualified</code>
     * <li>C030「逾期不整改」 when <code>stage == overdue</code>
     * <li>C010「一般情况下」 otherwise
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
        return TIER_C010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.enumValue(0, Stage.class)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05834..C05835
     */
    public static C05834_C05835Violation of(String code) {
        for (C05834_C05835Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05834..C05835 的编码：" + code);
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
        return "应当建设公共安全图像信息系统不建设或者不按照规范和标准建设";
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
        return code + " 应当建设公共安全图像信息系统不建设或者不按照规范和标准建设";
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
     * The facts of a case of C05834..C05835, the inputs of its decision.
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
            FactChecks.present(stage, "C05834..C05835", "stage", "整改情况");
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
                return new Facts(FactChecks.present(stage, "C05834..C05835", "stage", "整改情况"));
            }
        }
    }
}
