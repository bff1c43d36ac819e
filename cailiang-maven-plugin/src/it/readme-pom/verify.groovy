// The README's consumer pom, verbatim (ReadmePomTest keeps the two the same), builds on the
// Maven that runs the tests (3.8.7 here) with nothing inherited from a parent.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('cailiang: 1 standard(s), Java sources 4 written')
assert log.contains('cailiang: Tests run: 3, Failures: 0 (generated classes)')
def jar = new ZipFile(new File(basedir, 'target/standards-1.0.0.jar'))
assert jar.getEntry('com/example/standards/Shop.class') != null
assert jar.getEntry('com/example/standards/X00001_X00002Violation.class') != null
assert jar.getInputStream(jar.getEntry('META-INF/services/org.cailiang.runtime.Standard')).text.trim() == 'com.example.standards.Shop'
jar.close()
return true
