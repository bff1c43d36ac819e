// The consumer's Jackson tests ran and passed (a build with no tests would pass as well).
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0') : 'the five Jackson tests did not all pass'
return true
