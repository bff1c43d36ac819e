def log = new File(basedir, 'build.log').text
assert log.contains('src/main/java/it/shop/Shop.java: error: 这个文件不是 cailiang 生成的，拒绝覆盖')
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.cailiang')
def shop = new File(basedir, 'src/main/java/it/shop/Shop.java').text
assert shop.contains('Hand-written')
assert !new File(basedir, 'src/main/java/it/shop/ShopParties.java').exists()
assert !new File(basedir, 'target/maven-status/cailiang/default/fingerprint').exists()
return true
