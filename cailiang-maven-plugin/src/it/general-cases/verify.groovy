// The test goal decides cases with general-part facts through the generated classes and the
// runtime's general rules; a failing one names its place and what it expected and got.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/cailiang/mini.cailiang:25:10: X00001 结论错：结论不符：期望 给予行政处罚，实际 不予行政处罚')
assert log.contains('cailiang: Tests run: 3, Failures: 1 (generated classes)')
def report = new File(basedir, 'target/surefire-reports/TEST-cailiang.mini.xml').text
assert report.contains('tests="3" failures="1"')
assert !log.contains('Exception in thread')
return true
