package golden.general;

import javax.annotation.processing.Generated;
import org.cailiang.runtime.Party;

/**
 * The parties of 《总则示例 *&#47; " &#92;u000a $ &lt;b&gt;》.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class GenParties {
    /**
     * 单位（{@code org}）.
     */
    public static final Party ORG = new Party("org", "单位");

    /**
     * 个人（{@code man}）.
     */
    public static final Party MAN = new Party("man", "个人");

    private GenParties() {
    }
}
