package golden.general;

import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;

/**
 * The cited articles of 《测试条例》.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class GenRegLaw {
    /**
     * 第一条
     *
     * <p>处五百元以上一千元以下罚款。
     */
    public static final Citation A1 = new Citation("测试条例", "第一条", "处五百元以上一千元以下罚款。");

    private GenRegLaw() {
    }
}
