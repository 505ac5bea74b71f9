/*
 * Offline check of harness-sco.js's logic with node and a small fake SCORM 2004 API (no LMS, no browser):
 *   node ear/src/test/resources/conformance/check/harness-sco-check.js
 * It replays API Act3V1 (the commands as HarnessPackage writes them into harness/script.js) and checks the typed
 * comparisons. Exits non-zero on a failure.
 */
'use strict';
var harness = require('../harness-sco.js');

function fakeApi() {
    var state = 'new';
    var err = '0';
    var data = {};
    function fail(code) { err = code; return 'false'; }
    return {
        version: '1.0',
        Initialize: function (p) {
            if (p !== '') { return fail('201'); }
            if (state !== 'new') { return fail(state === 'running' ? '103' : '104'); }
            state = 'running'; err = '0'; return 'true';
        },
        Terminate: function (p) {
            if (p !== '') { return fail('201'); }
            if (state !== 'running') { return fail(state === 'new' ? '112' : '113'); }
            state = 'done'; err = '0'; return 'true';
        },
        Commit: function (p) {
            if (p !== '') { return fail('201'); }
            if (state !== 'running') { return fail(state === 'new' ? '142' : '143'); }
            err = '0'; return 'true';
        },
        GetValue: function (e) {
            if (state !== 'running') { fail(state === 'new' ? '122' : '123'); return ''; }
            if (e === '') { fail('301'); return ''; }
            if (!(e in data)) { fail('403'); return ''; }
            err = '0'; return data[e];
        },
        SetValue: function (e, v) {
            if (state !== 'running') { return fail(state === 'new' ? '132' : '133'); }
            if (e === '') { return fail('351'); }
            data[e] = v; err = '0'; return 'true';
        },
        GetLastError: function () { return err; },
        GetErrorString: function (c) { return /^(0|1\d\d|2\d\d|3\d\d|4\d\d)$/.test(c) ? 'Error ' + c : ''; },
        GetDiagnostic: function (c) { return 'Diagnostic ' + c; }
    };
}

function cmd(s, m, e, v, p, x, xe, c) {
    return {s: s, m: m, e: e, v: v, p: p, x: x, xe: xe, c: c, t: ''};
}

var act3 = [
    cmd('GLE->->0->0', 'GetLastError', '', '', '', '0', '0', 'EXACT'),
    cmd('GES->0->less255->0', 'GetErrorString', '', '', '0', 'less255', '0', 'LESS255'),
    cmd('C->->f->142', 'Commit', '', '', '', 'false', '142', 'EXACT'),
    cmd('SET->c~LOC!test->f->132', 'SetValue', 'cmi.location', 'test', '', 'false', '132', 'EXACT'),
    cmd('GET->c~LOC->->122', 'GetValue', 'cmi.location', '', '', '', '122', 'EXACT'),
    cmd('I->illegal->f->201', 'Initialize', '', '', 'illegal', 'false', '201', 'EXACT'),
    cmd('GLE->->201->201', 'GetLastError', '', '', '', '201', '201', 'EXACT'),
    cmd('GES->->emptyCS->201', 'GetErrorString', '', '', '', 'emptyCS', '201', 'EMPTY'),
    cmd('GeDi->->less255->201', 'GetDiagnostic', '', '', '', 'less255', '201', 'LESS255'),
    cmd('I->->t->0', 'Initialize', '', '', '', 'true', '0', 'EXACT'),
    cmd('I->->f->103', 'Initialize', '', '', '', 'false', '103', 'EXACT'),
    cmd('SET->!test->f->351', 'SetValue', '', 'test', '', 'false', '351', 'EXACT'),
    cmd('SET->c~LOC!test->t->0', 'SetValue', 'cmi.location', 'test', '', 'true', '0', 'EXACT'),
    cmd('GET->->->301', 'GetValue', '', '', '', '', '301', 'EXACT'),
    cmd('GET->c~LOC->test->0', 'GetValue', 'cmi.location', '', '', 'test', '0', 'TYPED'),
    cmd('C->->t->0', 'Commit', '', '', '', 'true', '0', 'EXACT'),
    cmd('GES->1444->emptyCS->0', 'GetErrorString', '', '', '1444', 'emptyCS', '0', 'EMPTY')
];

var failed = 0;
function check(ok, what) {
    if (!ok) {
        failed++;
        console.log('FAILED: ' + what);
    }
}

var outcome = harness.runCommands(fakeApi(), act3);
check(outcome.failureCount === 0, 'API Act3V1 against the fake API: ' + JSON.stringify(outcome.failures));
var wrong = harness.runCommands(fakeApi(), [cmd('I->->t->0', 'Initialize', '', '', '', 'true', '0', 'EXACT'),
    cmd('GET->c~LOC->x->0', 'GetValue', 'cmi.location', '', '', 'x', '0', 'TYPED')]);
check(wrong.failureCount === 1 && /expected "x"/.test(wrong.failures[0].why), 'a wrong value is reported');
check(harness.sameTyped('cmi.score.scaled', '0.5', '0.50'), 'reals compare as numbers');
check(harness.sameTyped('cmi.total_time', 'PT2H20S', 'PT1H60M20S'), 'durations compare as time');
check(harness.sameTyped('cmi.total_time', 'P29D', 'PT696H'), 'days are 24 hours');
check(!harness.sameTyped('cmi.location', 'a', 'b'), 'text compares as text');
check(harness.sameTyped('cmi.interactions.0.correct_responses.0.pattern', 'a[,]b', 'b[,]a', 'choice'),
    'choice responses are sets');
check(harness.judge({c: 'REQUEST_VALID_VALUE', xe: '0'}, {returned: 'unknown', error: '0'}) === null,
    'request_valid.choice accepts unknown');
check(harness.judge({c: 'OBJECTIVE_IDS', o: ['a', 'b']}, {objectives: ['b', 'a']}) === null, 'objective ids');
check(harness.judge({c: 'OBJECTIVE_IDS', o: ['a', 'b']}, {objectives: ['b']}) !== null, 'a missing objective');
check(JSON.stringify(harness.launchParameters('http://x/content/5/a.htm?tc=CM-01&act=2a'))
    === '{"tc":"CM-01","act":"2a"}', 'launch parameters');
console.log(failed === 0 ? 'harness-sco.js: all checks passed' : failed + ' checks failed');
process.exitCode = failed === 0 ? 0 : 1;
