import java.util.jar.JarFile

def log = new File(basedir, 'build.log').text
assert log.contains('cailiang: 1 standard(s), Java sources 4 written, 0 unchanged, 0 deleted; resources 1 written')
// The second build finds one source and the services file missing and writes them again.
assert log.contains('cailiang: 1 standard(s), Java sources 1 written, 3 unchanged, 0 deleted; resources 1 written')
assert !log.contains('output up to date')
assert log.contains('cailiang: skipped')
assert new File(basedir, 'target/generated-sources/cailiang/it/shop/X00001_X00002Violation.java').isFile()
def jar = new JarFile(new File(basedir, 'target/it-regenerate-1.0.jar'))
try {
  def services = jar.getEntry('META-INF/services/org.cailiang.runtime.Standard')
  assert services != null
  assert jar.getInputStream(services).text.trim() == 'it.shop.Shop'
  assert jar.getEntry('it/shop/X00001_X00002Violation.class') != null
} finally {
  jar.close()
}
return true
