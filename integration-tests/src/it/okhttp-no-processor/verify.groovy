// No processor ran: nothing was generated, and the typed exceptions came from mexc-errors-table.
def generated = new File(basedir, 'target/generated-sources/annotations')
assert !generated.exists() || generated.listFiles().length == 0 : "something was generated: ${generated.listFiles()}"
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0') : 'the test ran'
