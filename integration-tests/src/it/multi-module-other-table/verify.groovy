// One error, MEXC-T130, that names the jar (or class directory) of "errors" the types come from and app's table
// at its file under src/main/resources (not the copy in target/classes), with the fix.
def log = new File(basedir, 'build.log').getText('UTF-8')
def sep = '[/\\\\]'
def expected = /\[MEXC-T130\] the table types of package io\.github\.mexcerrors\.mexc on the class path \(\S*errors${sep}target${sep}(errors-1\.0\.jar|classes)\) were generated from another table than \S*app${sep}src${sep}main${sep}resources${sep}META-INF${sep}mexc-errors${sep}error-codes\.yaml, which this module checks its handlers against/
assert log =~ expected : "no MEXC-T130 naming errors' jar and app's table in build.log"
assert log.contains("give this table a package of its own ('package: com.example.mexc')")
assert !log.contains('AppErrorsDispatcher') : 'a dispatcher was generated against the wrong types'
assert !log.contains('threw an uncaught exception') && !log.contains('internal error in the mexc-errors processor')
return true
