def log = new File(basedir, 'build.log').text
assert log.contains('cailiang: 1 standard(s), Java sources 4 written')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/classes/META-INF/services/org.cailiang.runtime.Standard').text.trim() == 'it.shop.Shop'
assert new File(basedir, 'target/it-basic-1.0.jar').isFile()
def report = new File(basedir, 'target/surefire-reports/TEST-cailiang.shop.xml').text
assert report.contains('tests="3" failures="0"')
assert log.contains('cailiang: Tests run: 3, Failures: 0 (generated classes)')
return true
