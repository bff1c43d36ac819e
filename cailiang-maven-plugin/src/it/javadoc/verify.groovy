def log = new File(basedir, 'build.log').text
// What javadoc printed: after the goal starts, less the IT repository's download chatter.
def javadoc = log.substring(log.indexOf('--- maven-javadoc-plugin:3.12.0:javadoc')).readLines()
    .findAll { !(it =~ /Download|[Cc]hecksum|integrity|^\s+at /) }.join('\n')
assert javadoc.contains('BUILD SUCCESS')
assert !(javadoc =~ /(?i)\bwarning\b/), 'javadoc warned:\n' + javadoc
assert !javadoc.contains('[WARNING]'), javadoc
// The unicode escapes of the generated sources render as the Chinese text.
def page = new File(basedir, 'target/reports/apidocs/it/shop/X00001_X00002Violation.html')
if (!page.isFile()) {
  page = new File(basedir, 'target/site/apidocs/it/shop/X00001_X00002Violation.html')
}
assert page.isFile()
assert page.getText('UTF-8').contains('违规经营')
return true
