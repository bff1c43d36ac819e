package golden.general;

import org.cailiang.runtime.Generated;
import org.cailiang.runtime.Party;

/**
 * The parties of \u300a\u603b\u5219\u793a\u4f8b *&#47; " &#92;u000a $ &lt;b&gt;\u300b.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class GenParties {
    /**
     * \u5355\u4f4d\uff08{@code org}\uff09.
     */
    public static final Party ORG = new Party("org", "\u5355\u4f4d");

    /**
     * \u4e2a\u4eba\uff08{@code man}\uff09.
     */
    public static final Party MAN = new Party("man", "\u4e2a\u4eba");

    private GenParties() {
    }
}
