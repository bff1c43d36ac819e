package golden.features;

import org.cailiang.runtime.Generated;
import org.cailiang.runtime.Party;

/**
 * The parties of \u300a\u7279\u5f81\uff1a\u6240\u6709\u5904\u7f5a\u79cd\u7c7b\u4e0e\u6761\u4ef6 *&#47; " &#92;u000a $ &lt;b&gt;\u300b.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class ClassStandardParties {
    /**
     * \u5355\u4f4d\uff08{@code unit}\uff09.
     */
    public static final Party UNIT = new Party("unit", "\u5355\u4f4d");

    /**
     * \u5355\u4f4d\uff08\u5927\u5199\uff0c\u4e0e unit \u540c\u540d\u5e38\u91cf\uff09\uff08{@code UNIT}\uff09.
     */
    public static final Party UNIT_2 = new Party("UNIT", "\u5355\u4f4d\uff08\u5927\u5199\uff0c\u4e0e unit \u540c\u540d\u5e38\u91cf\uff09");

    /**
     * \u4e2a\u4eba\uff08{@code person}\uff09.
     */
    public static final Party PERSON = new Party("person", "\u4e2a\u4eba");

    private ClassStandardParties() {
    }
}
