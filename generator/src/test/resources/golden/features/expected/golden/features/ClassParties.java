package golden.features;

import javax.annotation.processing.Generated;
import org.cailiang.runtime.Party;

/**
 * The parties of 《特征：所有处罚种类与条件 *&#47; " &#92;u000a $ &lt;b&gt;》.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class ClassParties {
    /**
     * 单位（{@code unit}）.
     */
    public static final Party UNIT = new Party("unit", "单位");

    /**
     * 单位（大写，与 unit 同名常量）（{@code UNIT}）.
     */
    public static final Party UNIT_2 = new Party("UNIT", "单位（大写，与 unit 同名常量）");

    /**
     * 个人（{@code person}）.
     */
    public static final Party PERSON = new Party("person", "个人");

    private ClassParties() {
    }
}
