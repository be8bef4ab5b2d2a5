// Each Kotlin shape no dispatcher can call is an error at its function's line in the .kt file (kapt's
// mapDiagnosticLocations), not silence and not a crash.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    [10, '[MEXC-H037] handler function resync is a Kotlin suspend function'], // one error, not two
    [18, 'is handled by both resync(ClockSkewException'],   // @JvmOverloads: two overloads, told apart
    [25, 'is private'],
    [34, 'parameter code of type java.lang.Integer'],       // Int? is an Integer
    [40, '[MEXC-H036] handler function topLevelResync is a top-level Kotlin function'], // of facade UnsupportedKt
]
def missing = expected.findAll { line, text ->
    !(log =~ /(?m)Unsupported\.kt:${line}: error: .*\Q${text}\E/)
}
assert missing.isEmpty() : "errors not reported at their Kotlin line: ${missing}"
// The suspend function is one error in Kotlin terms, not the stub's Object result and Continuation parameter
assert !log.contains('returns java.lang.Object') && !log.contains('kotlin.coroutines.Continuation')
assert !log.contains('is handled by both resync and resync')
assert !log.contains('threw an uncaught exception') && !log.contains('internal error in the mexc-errors processor')
return true
