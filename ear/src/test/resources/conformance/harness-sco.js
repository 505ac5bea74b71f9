/*
 * ADL SCORM 2004 conformance harness: the generic SCO (and asset) page.
 *
 * Every HTML file of a harness package is this page. It reads its test case and activity from the launch
 * parameters (?tc=API&act=2), finds which step of the script (window.ADL_SCRIPT, harness/script.js) it is, makes
 * the step's API calls against the LMS's API_1484_11, compares each return value and GetLastError with the script,
 * terminates the way the ADL test SCO of the same file name does, and records the outcome in sessionStorage (same
 * origin as the player, so the Java driver reads it from the player page) under "adl.harness.":
 *   run            {id, tc, next}  written by the driver; "next" is the step the next launch must be
 *   started.<i>    when step i began
 *   result.<i>     {step, key, act, launched, file, ok, done, calls, failures: [...], notes: [...]}
 *   launches       every launch seen, in order
 *   extra          launches the script did not expect
 * Without a run (a person opened the package by hand) the step is found by counting this page's launches per
 * test case and activity: the n-th launch of act 3 is Act3Vn.
 */
(function (global) {
    'use strict';

    var PREFIX = 'adl.harness.';
    var MAX_FAILURES = 60;

    function store() {
        try {
            return global.sessionStorage;
        } catch (e) {
            return null;
        }
    }

    function read(key) {
        var s = store();
        if (!s) {
            return null;
        }
        try {
            var text = s.getItem(PREFIX + key);
            return text === null ? null : JSON.parse(text);
        } catch (e) {
            return null;
        }
    }

    function write(key, value) {
        var s = store();
        if (s) {
            s.setItem(PREFIX + key, JSON.stringify(value));
        }
    }

    function append(key, value) {
        var list = read(key) || [];
        list.push(value);
        if (list.length > 200) {
            list = list.slice(list.length - 200);
        }
        write(key, list);
    }

    /* ---- API discovery (SCORM 2004 RTE 3.3.6.1: parents, then the opener and its parents) ---- */

    function findApiIn(win) {
        var tries = 0;
        try {
            while (win && win.API_1484_11 == null && win.parent != null && win.parent !== win) {
                if (++tries > 500) {
                    return null;
                }
                win = win.parent;
            }
            return win ? win.API_1484_11 || null : null;
        } catch (e) {
            return null;
        }
    }

    function findApi(win) {
        var api = findApiIn(win);
        if (api == null && win.opener != null) {
            api = findApiIn(win.opener);
        }
        return api;
    }

    /* ---- comparisons (what the ADL TestCaseEvaluator accepts) ---- */

    var REAL = /(\.scaled|\.raw|\.min|\.max|progress_measure|completion_threshold|scaled_passing_score|weighting|audio_level|delivery_speed)$/;
    var DURATION = /(total_time|max_time_allowed|latency|session_time)$/;
    var TIME = /timestamp$/;
    var RESPONSE = /\.(pattern|learner_response)$/;
    var LANG = /(\.comment|\.description)$/;

    function number(text) {
        if (typeof text !== 'string' || !/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text)) {
            return NaN;
        }
        return Number(text);
    }

    function sameNumber(a, b) {
        var x = number(a);
        var y = number(b);
        return !isNaN(x) && !isNaN(y) && Math.abs(x - y) < 1e-7;
    }

    /** ISO 8601 duration in centiseconds (a year as 365 days, a month as 30), NaN when not one. */
    function duration(text) {
        var m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/
            .exec(typeof text === 'string' ? text : '');
        if (!m || text === 'P' || /T$/.test(text)) {
            return NaN;
        }
        var f = function (i) { return m[i] ? Number(m[i]) : 0; };
        var seconds = ((f(1) * 365 + f(2) * 30 + f(3)) * 24 + f(4)) * 3600 + f(5) * 60 + f(6);
        return Math.round(seconds * 100);
    }

    function sameDuration(a, b) {
        var x = duration(a);
        var y = duration(b);
        return !isNaN(x) && x === y;
    }

    function sameTime(a, b) {
        var x = Date.parse(a);
        var y = Date.parse(b);
        return !isNaN(x) && x === y;
    }

    function withoutDefaultLang(text) {
        return String(text).replace(/^\{lang=en\}/i, '');
    }

    function sameResponse(type, a, b) {
        if (type === 'choice') {
            var x = a.split('[,]').sort().join('[,]');
            var y = b.split('[,]').sort().join('[,]');
            return x === y;
        }
        if (type === 'numeric' || type === 'true-false' || type === 'likert') {
            return a === b || (type === 'numeric' && sameNumber(a, b));
        }
        return false;
    }

    /** The value as the element's type compares (real, duration, time, response, localized string), else as text. */
    function sameTyped(element, expected, returned, type) {
        if (returned === expected) {
            return true;
        }
        if (REAL.test(element)) {
            return sameNumber(expected, returned);
        }
        if (DURATION.test(element)) {
            return sameDuration(expected, returned);
        }
        if (TIME.test(element)) {
            return sameTime(expected, returned);
        }
        if (/interactions\.\d+\.result$/.test(element)) {
            return sameNumber(expected, returned);
        }
        if (RESPONSE.test(element)) {
            return sameResponse(type, expected, returned);
        }
        if (LANG.test(element)) {
            return withoutDefaultLang(expected) === withoutDefaultLang(returned);
        }
        return false;
    }

    function requestValidValue(v) {
        return v === 'true' || v === 'false' || v === 'unknown';
    }

    /**
     * Whether one call's outcome is what the script expects; returns null when it is, else why not.
     * outcome: {returned, error, element (placeholders replaced), placeholder (the id), interactionType}.
     */
    function judge(command, outcome) {
        var c = command.c;
        var ret = outcome.returned;
        var err = outcome.error;
        var errorOk = err === command.xe;
        var errorWhy = 'GetLastError ' + JSON.stringify(err) + ', expected ' + JSON.stringify(command.xe);
        switch (c) {
            case 'ERROR_ONLY':
                return errorOk ? null : errorWhy;
            case 'LEARNER_ID':
                if (ret === '') {
                    return 'an empty learner id';
                }
                return errorOk ? null : errorWhy;
            case 'REQUEST_VALID':
                if (!requestValidValue(ret)) {
                    return 'returned ' + JSON.stringify(ret) + ', expected true, false or unknown';
                }
                return errorOk ? null : errorWhy;
            case 'REQUEST_VALID_VALUE':
                return requestValidValue(ret) ? null
                    : 'returned ' + JSON.stringify(ret) + ', expected true, false or unknown';
            case 'COMMENTS_FROM_LMS':
                if (err === '0' || err === '301' || err === '403'
                    || (outcome.element === 'cmi.comments_from_lms' && err === '401')) {
                    return null;
                }
                return 'GetLastError ' + JSON.stringify(err) + ', expected 0, 301 or 403';
            case 'PLACEHOLDER_ID':
                if (ret !== outcome.placeholder) {
                    return 'returned ' + JSON.stringify(ret) + ', expected ' + JSON.stringify(outcome.placeholder);
                }
                return errorOk ? null : errorWhy;
            case 'LESS255':
                if (typeof ret !== 'string' || ret.length >= 255) {
                    return 'returned ' + String(ret).length + ' characters, expected fewer than 255';
                }
                return errorOk ? null : errorWhy;
            case 'EMPTY':
                if (ret !== '') {
                    return 'returned ' + JSON.stringify(ret) + ', expected an empty string';
                }
                return errorOk ? null : errorWhy;
            case 'TYPED':
                if (!sameTyped(outcome.element, command.x, ret, outcome.interactionType || command.t)) {
                    return 'returned ' + JSON.stringify(ret) + ', expected ' + JSON.stringify(command.x);
                }
                return errorOk ? null : errorWhy;
            case 'OBJECTIVE_IDS':
                var expected = command.o || [];
                var found = outcome.objectives || [];
                if (found.length !== expected.length) {
                    return 'cmi.objectives holds ' + JSON.stringify(found) + ', expected ' + JSON.stringify(expected);
                }
                for (var i = 0; i < found.length; i++) {
                    if (expected.indexOf(found[i]) < 0) {
                        return 'cmi.objectives holds ' + JSON.stringify(found) + ', expected ' + JSON.stringify(expected);
                    }
                }
                return null;
            default:
                if (ret !== command.x) {
                    return 'returned ' + JSON.stringify(ret) + ', expected ' + JSON.stringify(command.x);
                }
                return errorOk ? null : errorWhy;
        }
    }

    /* ---- running a step's commands ---- */

    function str(value) {
        return value === undefined || value === null ? String(value) : String(value);
    }

    /** The index of the collection member with this id (objectives or adl.data), or -1. */
    function indexOfId(api, collection, id) {
        var count = parseInt(str(api.GetValue(collection + '._count')), 10);
        for (var i = 0; i < (isNaN(count) ? 0 : count); i++) {
            if (str(api.GetValue(collection + '.' + i + '.id')) === id) {
                return i;
            }
        }
        return -1;
    }

    function describe(command, element) {
        switch (command.m) {
            case 'SetValue':
                var v = command.v.length > 60 ? command.v.substring(0, 60) + '…' : command.v;
                return 'SetValue(' + JSON.stringify(element) + ', ' + JSON.stringify(v) + ')';
            case 'GetValue':
                return 'GetValue(' + JSON.stringify(element) + ')';
            case 'compareObjIds':
                return 'compareObjIds(' + (command.o || []).join(',') + ')';
            default:
                return command.m + '(' + JSON.stringify(command.p) + ')';
        }
    }

    /** Makes one call; returns {returned, error, element, placeholder} or {failed: why}. */
    function perform(api, command) {
        var element = command.e;
        var outcome = {element: element};
        if (command.m === 'compareObjIds') {
            var count = parseInt(str(api.GetValue('cmi.objectives._count')), 10);
            outcome.objectives = [];
            for (var k = 0; k < (isNaN(count) ? 0 : count); k++) {
                outcome.objectives.push(str(api.GetValue('cmi.objectives.' + k + '.id')));
            }
            return outcome;
        }
        if (element.indexOf('&') >= 0) {
            var parts = element.split('&');
            var collection = parts[0].indexOf('data') >= 0 ? 'adl.data' : 'cmi.objectives';
            var index = indexOfId(api, collection, parts[1]);
            outcome.placeholder = parts[1];
            if (index < 0) {
                return {failed: 'no ' + collection + ' member has the id ' + JSON.stringify(parts[1]), element: element};
            }
            element = parts[0] + index + parts.slice(2).join('&');
            outcome.element = element;
        }
        var returned;
        switch (command.m) {
            case 'Initialize': returned = api.Initialize(command.p); break;
            case 'Terminate': returned = api.Terminate(command.p); break;
            case 'Commit': returned = api.Commit(command.p); break;
            case 'GetValue': returned = api.GetValue(element); break;
            case 'SetValue': returned = api.SetValue(element, command.v); break;
            case 'GetLastError': returned = api.GetLastError(); break;
            case 'GetErrorString': returned = api.GetErrorString(command.p); break;
            case 'GetDiagnostic': returned = api.GetDiagnostic(command.p); break;
            default: return {failed: 'unknown method ' + command.m, element: element};
        }
        outcome.returned = str(returned);
        outcome.error = str(api.GetLastError());
        var match = /^cmi\.interactions\.(\d+)\.(correct_responses\.\d+\.pattern|learner_response)$/.exec(element);
        if (match && command.c === 'TYPED' && outcome.returned !== command.x) {
            outcome.interactionType = command.t || str(api.GetValue('cmi.interactions.' + match[1] + '.type'));
        }
        return outcome;
    }

    /** Runs the commands; returns {calls, failures, failureCount}. */
    function runCommands(api, commands) {
        var failures = [];
        var failureCount = 0;
        for (var i = 0; i < commands.length; i++) {
            var command = commands[i];
            var why;
            var outcome = {};
            try {
                outcome = perform(api, command);
                why = outcome.failed || judge(command, outcome);
            } catch (e) {
                why = 'threw ' + (e && e.message ? e.message : String(e));
            }
            if (why) {
                failureCount++;
                if (failures.length < MAX_FAILURES) {
                    failures.push({
                        i: i, line: command.s, call: describe(command, outcome.element || command.e), why: why,
                        expected: command.x, expectedError: command.xe,
                        returned: outcome.returned === undefined ? null
                            : (outcome.returned.length > 300 ? outcome.returned.substring(0, 300) + '…' : outcome.returned),
                        error: outcome.error === undefined ? null : outcome.error
                    });
                }
            }
        }
        return {calls: commands.length, failures: failures, failureCount: failureCount};
    }

    /* ---- the page ---- */

    function launchParameters(href) {
        var m = /[?&]tc=([^&#]+)&act=([^&#]+)/.exec(href);
        return m ? {tc: decodeURIComponent(m[1]), act: decodeURIComponent(m[2])} : null;
    }

    function status(text, log) {
        if (!global.document) {
            return;
        }
        var el = global.document.getElementById('harness-status');
        if (el) {
            el.textContent = 'Status: ' + text;
        }
        var pre = global.document.getElementById('harness-log');
        if (pre && log) {
            pre.textContent += log + '\n';
        }
    }

    /** Which script step this launch is: the run's "next", or (by hand) the n-th launch of the activity. */
    function placeLaunch(script, params) {
        var run = read('run');
        if (run && run.tc === params.tc) {
            return {index: run.next, run: run};
        }
        if (run) {
            return null; // a page of an earlier run, still loading while the driver moved on
        }
        var countKey = 'count.' + params.tc + '.' + params.act;
        var n = (read(countKey) || 0) + 1;
        write(countKey, n);
        var steps = script.steps;
        for (var i = 0; i < steps.length; i++) {
            if (steps[i].key === 'Act' + params.act + 'V' + n) {
                return {index: i, run: null};
            }
        }
        var seen = 0;
        for (var j = 0; j < steps.length; j++) {
            if (steps[j].act === params.act && ++seen === n) {
                return {index: j, run: null};
            }
        }
        return {index: steps.length, run: null};
    }

    /** What the ADL test SCO of this file name does after its commands (SCODepot variants). */
    function unloadRequest(file) {
        if (/exitAllOnUnload/i.test(file)) {
            return 'exitAll';
        }
        if (/suspendAllOnUnload/i.test(file)) {
            return 'suspendAll';
        }
        if (/tarAct4OnUnload/i.test(file)) {
            return '{target=activity_4}choice';
        }
        return null;
    }

    function terminatesOnUnload(file) {
        return /SingleDoTerminate|OnUnload/i.test(file);
    }

    function start() {
        var doc = global.document;
        var kind = doc.documentElement.getAttribute('data-harness-kind') || 'sco';
        var file = doc.documentElement.getAttribute('data-harness-file')
            || decodeURIComponent(global.location.pathname.replace(/^.*\//, ''));
        var script = global.ADL_SCRIPT;
        var params = launchParameters(global.location.href);
        var launch = {act: params ? params.act : null, tc: params ? params.tc : null, file: file, kind: kind,
            url: global.location.href, time: Date.now()};
        if (!script) {
            status('no script (harness/script.js did not load)', '');
            append('extra', {why: 'harness/script.js did not load', launch: launch});
            return;
        }
        if (!params) {
            status('no launch parameters', 'The launch URL has no ?tc=…&act=…: ' + global.location.href);
            append('launches', launch);
            var run0 = read('run');
            var index0 = run0 ? run0.next : 0;
            write('result.' + index0, {step: index0, ok: false, done: true, launched: null, file: file, calls: 0,
                failures: [{why: 'the LMS launched ' + file + ' without the item\'s parameters (?tc=…&act=…): '
                    + global.location.href}]});
            return;
        }
        var place = placeLaunch(script, params);
        if (place === null) {
            status('not part of the current run', '');
            return;
        }
        append('launches', launch);
        var index = place.index;
        if (index >= script.steps.length) {
            append('extra', {why: 'launched after the script\'s last step', launch: launch});
            status('unexpected launch', 'The script has no further step; Activity ' + params.act + ' was not expected.');
            return;
        }
        var step = script.steps[index];
        var result = {step: index, key: step.key, act: step.act, launched: params.act, file: file, kind: kind,
            ok: true, done: false, calls: 0, failures: [], notes: []};
        if (step.act !== params.act) {
            result.ok = false;
            result.done = true;
            result.failures.push({why: 'the LMS launched Activity ' + params.act + ' (' + file
                + '); the script expects Activity ' + step.act + ' (' + step.key + ')'});
            write('result.' + index, result);
            status('wrong activity', result.failures[0].why);
            return;
        }
        if (place.run) {
            place.run.next = index + 1;
            write('run', place.run);
        }
        write('started.' + index, Date.now());
        status('running ' + step.key, 'Step ' + index + ': ' + step.key + ' (' + step.commands.length + ' calls)');

        if (/SequencingTestFail/i.test(file)) {
            result.ok = false;
            result.failures.push({why: 'the LMS launched ' + file + ', a resource no correct sequencing reaches'});
        }
        if (kind === 'asset' && step.commands.length === 0) {
            // An asset (the manifest says so) with nothing to call: launched is all the script asks.
            result.asset = true;
            result.done = true;
            write('result.' + index, result);
            status('asset launched', '');
            return;
        }
        if (step.uiq && place.run) {
            // The ADL SCO asks its UI inspection questions before its calls: the driver answers them by looking
            // at the player, then says go.
            write('ui.' + index, {questions: step.uiq});
            status('waiting for the UI inspection', 'UI questions: ' + step.uiq);
            var waited = 0;
            var timer = global.setInterval(function () {
                waited += 50;
                if (read('go.' + index) !== null || waited > 15000) {
                    global.clearInterval(timer);
                    if (waited > 15000) {
                        result.notes.push('the UI inspection was not answered in 15 s');
                    }
                    runStep(index, step, result, file, place);
                }
            }, 50);
            return;
        }
        runStep(index, step, result, file, place);
    }

    function runStep(index, step, result, file, place) {
        var api = findApi(global);
        if (!api) {
            result.ok = false;
            result.done = true;
            result.failures.push({why: 'API_1484_11 not found in the parents or the opener of ' + file});
            write('result.' + index, result);
            status('no API', result.failures[0].why);
            return;
        }
        if (/^APIRTETest/i.test(file)) {
            var version = api.version;
            if (version == null || String(version).substring(0, 3) !== '1.0') {
                result.ok = false;
                result.failures.push({why: 'the API\'s version attribute is ' + JSON.stringify(version)
                    + ', expected one starting with "1.0"'});
            }
        }
        var outcome = runCommands(api, step.commands);
        result.calls = outcome.calls;
        result.failureCount = outcome.failureCount;
        result.failures = result.failures.concat(outcome.failures);
        result.ok = result.ok && outcome.failureCount === 0;
        var runId = place.run ? place.run.id : null;
        var stillThisRun = function () {
            var now = read('run');
            return runId === null || (now && now.id === runId);
        };
        var terminate = function (request) {
            try {
                if (request) {
                    api.SetValue('adl.nav.request', request);
                }
                var t = str(api.Terminate(''));
                return {returned: t, error: str(api.GetLastError())};
            } catch (e) {
                return {threw: String(e)};
            }
        };
        if (/SequencingTestFail/i.test(file)) {
            result.done = true;
            write('result.' + index, result);
            terminate('exitAll');
            return;
        }
        if (terminatesOnUnload(file)) {
            result.done = true;
            result.terminatesOnUnload = true;
            write('result.' + index, result);
            var request = unloadRequest(file);
            var ended = false;
            var onLeave = function () {
                if (ended) {
                    return;
                }
                ended = true;
                var t = terminate(request);
                if (stillThisRun()) {
                    append('unloads', {step: index, request: request, terminate: t});
                }
            };
            global.addEventListener('pagehide', onLeave);
            global.addEventListener('unload', onLeave);
            status(result.ok ? 'test completed' : 'test completed with failures', summary(result));
            return;
        }
        // The ADL test SCO calls Terminate("") after its commands, whatever they did.
        write('result.' + index, result);
        status(result.ok ? 'test completed' : 'test completed with failures', summary(result));
        var t = terminate(null);
        if (stillThisRun()) {
            result.terminate = t;
            result.done = true;
            write('result.' + index, result);
        }
    }

    function summary(result) {
        var lines = [result.key + ': ' + result.calls + ' calls, ' + (result.failureCount || 0) + ' failed'];
        for (var i = 0; i < result.failures.length; i++) {
            var f = result.failures[i];
            lines.push('  ' + (f.call ? f.call + ': ' : '') + f.why);
        }
        return lines.join('\n');
    }

    var exported = {judge: judge, sameTyped: sameTyped, duration: duration, runCommands: runCommands,
        launchParameters: launchParameters, placeLaunch: placeLaunch, findApi: findApi, start: start};
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = exported;
    } else {
        global.adlHarness = exported;
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
}(typeof window !== 'undefined' ? window : globalThis));
