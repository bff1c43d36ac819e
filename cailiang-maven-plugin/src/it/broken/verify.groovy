// The build fails with file:line:col, the source line and a caret, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/cailiang/broken.cailiang:9:11: error: 法规 reg 中没有条款 a2 [unknown-article]')
assert log.contains('src/main/cailiang/broken.cailiang:11:25: error: 未知事实 harms')
assert log.contains('src/main/cailiang/broken.cailiang:12:12: error: 未声明的当事人 nobody')
assert log.contains('    basis a2')
assert log.contains('          ^~')
assert log.contains('3 errors, 0 warnings')
assert log.contains('BUILD FAILURE')
assert !log.contains('Exception in thread')
assert !log.contains('at org.cailiang')
def generated = new File(basedir, 'target/generated-sources/cailiang')
assert !generated.exists() || generated.listFiles().length == 0
return true
