/*
 * Checks the starter modules' SCO script (sco.js) against a small, strict fake of the SCORM 2004
 * API_1484_11: fresh start, page turns, a passed and a failed quiz with interactions and score,
 * suspend and resume, leaving the page, no LMS at all, and the API discovery.
 *
 * node sco-check.js <unpacked package folder> — prints "ok <n> checks" or fails with the first
 * broken expectation (exit code 1).
 */
'use strict';

var fs = require('fs');
var path = require('path');
var assert = require('assert');

var folder = process.argv[2];
var ManabiSco = require(path.resolve(folder, 'sco.js'));
var html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
var checks = 0;

function check(condition, message) {
  checks += 1;
  assert.ok(condition, message);
}

function equal(actual, expected, message) {
  checks += 1;
  assert.strictEqual(actual, expected, message + ': expected ' + JSON.stringify(expected) + ', got ' + JSON.stringify(actual));
}

/* ---- the definition, read from the page as the browser part of sco.js reads it ---- */

function attribute(tag, name) {
  var m = new RegExp('\\s' + name + '="([^"]*)"').exec(tag);
  return m ? m[1] : null;
}

function definitionOf(text) {
  var code = attribute(/<body[^>]*>/.exec(text)[0], 'data-module');
  var pages = [];
  var sectionTag = /<section\b[^>]*class="page"[^>]*>/g;
  var m;
  while ((m = sectionTag.exec(text))) {
    pages.push(attribute(m[0], 'id'));
  }
  var questions = [];
  var fieldset = /(<fieldset\b[^>]*data-question[^>]*>)([\s\S]*?)<\/fieldset>/g;
  while ((m = fieldset.exec(text))) {
    var choices = [];
    var input = /<input\b[^>]*type="radio"[^>]*>/g;
    var i;
    while ((i = input.exec(m[2]))) {
      choices.push(attribute(i[0], 'value'));
    }
    questions.push({id: attribute(m[1], 'data-question'), description: attribute(m[1], 'data-description'),
      choices: choices, correct: attribute(m[1], 'data-correct')});
  }
  return {code: code, pages: pages, questions: questions};
}

var definition = definitionOf(html);
check(definition.pages.length >= 5 && definition.pages.length <= 8, 'pages: ' + definition.pages.length);
equal(definition.pages[definition.pages.length - 1], 'quiz', 'the last page is the quiz');
check(definition.questions.length >= 5 && definition.questions.length <= 8, 'questions: ' + definition.questions.length);

/* ---- a strict fake API_1484_11 ---- */

var VOCABULARY = {
  'cmi.completion_status': /^(completed|incomplete|not attempted|unknown)$/,
  'cmi.success_status': /^(passed|failed|unknown)$/,
  'cmi.exit': /^(time-out|suspend|logout|normal|)$/,
  'adl.nav.request': /^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=[^}]+\}(choice|jump))$/,
  'cmi.session_time': /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
  'cmi.score.scaled': /^-?\d+(\.\d{1,7})?$/,
  'cmi.score.raw': /^-?\d+(\.\d+)?$/,
  'cmi.score.min': /^-?\d+(\.\d+)?$/,
  'cmi.score.max': /^-?\d+(\.\d+)?$/,
  'cmi.progress_measure': /^\d(\.\d{1,7})?$/
};
var WRITE_ONLY = ['cmi.exit', 'cmi.session_time', 'adl.nav.request'];
var READ_ONLY = ['cmi.entry', 'cmi.scaled_passing_score', 'cmi.interactions._count', 'cmi.mode', 'cmi.credit'];

function fakeApi(initial) {
  var values = Object.assign({'cmi.entry': 'ab-initio', 'cmi.completion_status': 'unknown', 'cmi.mode': 'normal',
    'cmi.credit': 'credit', 'cmi.interactions._count': '0'}, initial || {});
  var api = {
    values: values,
    calls: [],
    errors: [],
    commits: 0,
    initialized: false,
    terminated: false,
    navRequest: null,
    commitsAt: function () { return api.commits; },
    fail: function (call, why) {
      api.errors.push(call + ': ' + why);
      return 'false';
    },
    Initialize: function (arg) {
      api.calls.push('Initialize');
      if (arg !== '') { return api.fail('Initialize', 'argument must be ""'); }
      if (api.initialized || api.terminated) { return api.fail('Initialize', 'twice'); }
      api.initialized = true;
      return 'true';
    },
    Terminate: function (arg) {
      api.calls.push('Terminate');
      if (arg !== '') { return api.fail('Terminate', 'argument must be ""'); }
      if (!api.initialized || api.terminated) { return api.fail('Terminate', 'not running'); }
      api.terminated = true;
      api.commits += 1;
      return 'true';
    },
    Commit: function (arg) {
      api.calls.push('Commit');
      if (arg !== '') { return api.fail('Commit', 'argument must be ""'); }
      if (!api.initialized || api.terminated) { return api.fail('Commit', 'not running'); }
      api.commits += 1;
      return 'true';
    },
    GetValue: function (name) {
      api.calls.push('GetValue ' + name);
      if (!api.initialized || api.terminated) { api.fail('GetValue ' + name, 'not running'); return ''; }
      if (WRITE_ONLY.indexOf(name) >= 0) { api.fail('GetValue ' + name, 'write-only'); return ''; }
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : '';
    },
    SetValue: function (name, value) {
      api.calls.push('SetValue ' + name + '=' + value);
      var call = 'SetValue ' + name;
      if (!api.initialized || api.terminated) { return api.fail(call, 'not running'); }
      if (typeof value !== 'string') { return api.fail(call, 'not a string'); }
      if (READ_ONLY.indexOf(name) >= 0) { return api.fail(call, 'read-only'); }
      if (VOCABULARY[name] && !VOCABULARY[name].test(value)) { return api.fail(call, 'bad value ' + value); }
      if ((name === 'cmi.score.scaled' || name === 'cmi.progress_measure') && (Number(value) < (name === 'cmi.score.scaled' ? -1 : 0) || Number(value) > 1)) {
        return api.fail(call, 'out of range ' + value);
      }
      if (name === 'cmi.location' && value.length > 1000) { return api.fail(call, 'too long'); }
      if (name === 'cmi.suspend_data' && value.length > 64000) { return api.fail(call, 'too long'); }
      var interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(name);
      if (interaction) {
        var n = Number(interaction[1]);
        var count = Number(values['cmi.interactions._count']);
        var element = interaction[2];
        var prefix = 'cmi.interactions.' + n + '.';
        if (n > count) { return api.fail(call, 'index out of order'); }
        if (n === count) {
          if (element !== 'id') { return api.fail(call, 'id first'); }
          values['cmi.interactions._count'] = String(count + 1);
        }
        if (element === 'id' && (!/^\S+$/.test(value) || /^urn:/.test(value) && !/^urn:[^:]+:.+/.test(value))) {
          return api.fail(call, 'not a long identifier');
        }
        if (element !== 'id' && element !== 'type' && element !== 'timestamp' && element !== 'description'
            && !values[prefix + 'type']) {
          return api.fail(call, 'type first');
        }
        if (element === 'type' && value !== 'choice') { return api.fail(call, 'type ' + value); }
        if (element === 'timestamp' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/.test(value)) {
          return api.fail(call, 'timestamp ' + value);
        }
        if (element === 'description' && (value.length > 250 || value.length === 0)) { return api.fail(call, 'description length'); }
        if ((element === 'learner_response' || element === 'correct_responses.0.pattern') && !/^[\w.\-]{1,250}(\[,\][\w.\-]{1,250})*$/.test(value)) {
          return api.fail(call, 'not a choice response ' + value);
        }
        if (element === 'result' && !/^(correct|incorrect|unanticipated|neutral)$/.test(value)) { return api.fail(call, 'result ' + value); }
      } else if (!/^(cmi\.(location|suspend_data|completion_status|success_status|progress_measure|exit|session_time|score\.(raw|min|max|scaled))|adl\.nav\.request)$/.test(name)) {
        return api.fail(call, 'not an element this SCO should set');
      }
      if (name === 'adl.nav.request') {
        api.navRequest = value;
      }
      values[name] = value;
      return 'true';
    }
  };
  return api;
}

var pages = definition.pages;
var questions = definition.questions;
var last = pages.length - 1;
var clock = Date.UTC(2026, 10, 25, 9, 0, 0);
function now() {
  clock += 61500;
  return clock;
}

function walkToQuiz(sco) {
  for (var i = sco.state.page + 1; i <= last; i++) {
    check(sco.show(i), 'page ' + i + ' can be opened after the one before');
  }
}

function answerAll(sco, wrong) {
  questions.forEach(function (q, i) {
    var choice = i < wrong ? q.choices.filter(function (c) { return c !== q.correct; })[0] : q.correct;
    sco.answer(q.id, choice);
  });
}

function noErrors(api, scenario) {
  equal(api.errors.join('; '), '', scenario + ': API errors');
}

/* 1. A fresh attempt, turned page by page, passed and finished. */
(function () {
  var api = fakeApi();
  var t = Date.UTC(2026, 10, 25, 9, 0, 0);
  var sco = ManabiSco.createSco(api, definition, {now: function () { return t; }});
  equal(sco.start(), 0, 'fresh: first page');
  equal(api.values['cmi.completion_status'], 'incomplete', 'fresh: incomplete at once');
  equal(api.values['cmi.location'], pages[0], 'fresh: location');
  equal(api.values['cmi.progress_measure'], String(Math.round(10000 / pages.length) / 10000), 'fresh: progress of one page');
  check(api.commits >= 1, 'fresh: committed after the first page');
  check(!sco.show(2), 'fresh: a page after an unseen page cannot be opened');
  equal(api.values['cmi.location'], pages[0], 'fresh: still on the first page');
  var commits = api.commits;
  check(sco.show(1), 'fresh: next page');
  equal(api.values['cmi.location'], pages[1], 'fresh: location follows');
  check(api.commits > commits, 'fresh: a page turn commits');
  walkToQuiz(sco);
  equal(api.values['cmi.location'], 'quiz', 'fresh: at the quiz');
  equal(api.values['cmi.progress_measure'], '1', 'fresh: every page seen');
  equal(api.values['cmi.completion_status'], 'incomplete', 'fresh: not completed before the quiz is submitted');
  equal(sco.submit(), null, 'fresh: an open quiz is not scored');
  equal(sco.unanswered().length, questions.length, 'fresh: all questions open');
  answerAll(sco, 0);
  var data = JSON.parse(api.values['cmi.suspend_data']);
  equal(Object.keys(data.answers).length, questions.length, 'fresh: answers kept in suspend_data');
  var result = sco.submit();
  equal(result.raw, questions.length, 'fresh: all correct');
  equal(api.values['cmi.score.raw'], String(questions.length), 'fresh: raw');
  equal(api.values['cmi.score.min'], '0', 'fresh: min');
  equal(api.values['cmi.score.max'], String(questions.length), 'fresh: max');
  equal(api.values['cmi.score.scaled'], '1', 'fresh: scaled');
  equal(api.values['cmi.success_status'], 'passed', 'fresh: passed');
  equal(api.values['cmi.completion_status'], 'completed', 'fresh: completed');
  equal(api.values['cmi.interactions._count'], String(questions.length), 'fresh: one interaction per question');
  questions.forEach(function (q, i) {
    var n = 'cmi.interactions.' + i + '.';
    equal(api.values[n + 'id'], 'urn:manabi:' + definition.code + ':' + q.id, 'fresh: interaction id');
    equal(api.values[n + 'type'], 'choice', 'fresh: interaction type');
    equal(api.values[n + 'learner_response'], q.correct, 'fresh: learner response');
    equal(api.values[n + 'correct_responses.0.pattern'], q.correct, 'fresh: correct pattern');
    equal(api.values[n + 'result'], 'correct', 'fresh: result');
    check(/[\u3040-\u30ff\u4e00-\u9fff]/.test(api.values[n + 'description']), 'fresh: description in Japanese');
  });
  equal(api.values['cmi.interactions.0.timestamp'], '2026-11-25T09:00:00.0Z', 'fresh: interaction timestamp');
  t += 61500;
  sco.finish();
  equal(api.values['cmi.exit'], 'normal', 'fresh: normal exit');
  equal(api.navRequest, 'exitAll', 'fresh: exitAll');
  equal(api.values['cmi.session_time'], 'PT0H1M1.5S', 'fresh: session time');
  check(api.terminated, 'fresh: terminated');
  var calls = api.calls.length;
  sco.leave();
  sco.suspend();
  equal(api.calls.length, calls, 'fresh: nothing after Terminate');
  equal(api.calls.filter(function (c) { return c === 'Initialize'; }).length, 1, 'fresh: one Initialize');
  noErrors(api, 'fresh');
})();

/* 2. Suspended half-way with the 中断 button, then resumed where it was left, without asking. */
var stored;
(function () {
  var api = fakeApi();
  var sco = ManabiSco.createSco(api, definition, {now: now});
  sco.start();
  sco.show(1);
  sco.show(2);
  sco.show(1);
  sco.suspend();
  equal(api.values['cmi.exit'], 'suspend', 'suspend: exit');
  equal(api.navRequest, 'suspendAll', 'suspend: the player is asked to close the activity');
  check(api.terminated, 'suspend: terminated');
  noErrors(api, 'suspend');
  stored = api.values;

  var again = fakeApi({'cmi.entry': 'resume', 'cmi.location': stored['cmi.location'],
    'cmi.suspend_data': stored['cmi.suspend_data'], 'cmi.completion_status': 'incomplete'});
  var resumed = ManabiSco.createSco(again, definition, {now: now});
  equal(resumed.start(), 1, 'resume: at the stored page');
  check(resumed.reachable(3), 'resume: the pages seen before are remembered');
  check(!resumed.reachable(4), 'resume: but no further');
  equal(again.values['cmi.progress_measure'], String(Math.round(30000 / pages.length) / 10000), 'resume: progress kept');
  noErrors(again, 'resume');
})();

/* 3. Failed, tried again and passed; the quiz answers survive a suspend in between. */
(function () {
  var api = fakeApi({'cmi.scaled_passing_score': '0.8'});
  var sco = ManabiSco.createSco(api, definition, {now: now});
  sco.start();
  walkToQuiz(sco);
  answerAll(sco, 2);
  sco.leave();
  equal(api.values['cmi.exit'], 'suspend', 'leave: suspend');
  equal(api.navRequest, null, 'leave: no navigation request when the page goes away');
  noErrors(api, 'leave');

  var again = fakeApi({'cmi.entry': 'resume', 'cmi.location': api.values['cmi.location'],
    'cmi.suspend_data': api.values['cmi.suspend_data'], 'cmi.scaled_passing_score': '0.8'});
  sco = ManabiSco.createSco(again, definition, {now: now});
  equal(sco.start(), last, 'fail: resumed at the quiz');
  equal(sco.unanswered().length, 0, 'fail: the answers were kept');
  var result = sco.submit();
  var scaled = Math.round((questions.length - 2) / questions.length * 10000) / 10000;
  equal(again.values['cmi.score.scaled'], String(scaled), 'fail: scaled');
  equal(again.values['cmi.score.raw'], String(questions.length - 2), 'fail: raw');
  equal(again.values['cmi.success_status'], scaled >= 0.8 ? 'passed' : 'failed', 'fail: verdict');
  check(!result.passed, 'fail: two wrong answers fail');
  equal(again.values['cmi.interactions.0.result'], 'incorrect', 'fail: first answer incorrect');
  equal(again.values['cmi.completion_status'], 'completed', 'fail: completed nevertheless');
  sco.retry();
  equal(sco.unanswered().length, questions.length, 'retry: answers cleared');
  answerAll(sco, 1);
  result = sco.submit();
  equal(result.raw, questions.length - 1, 'retry: one wrong');
  equal(again.values['cmi.interactions._count'], String(2 * questions.length), 'retry: interactions journaled');
  equal(again.values['cmi.success_status'], result.passed ? 'passed' : 'failed', 'retry: verdict reported');
  check(result.passed === ((questions.length - 1) / questions.length >= 0.8), 'retry: 80% passes');
  sco.finish();
  noErrors(again, 'retry');
})();

/* 4. The passing score the LMS hands over counts, and exactly 80% passes. */
(function () {
  var api = fakeApi({'cmi.scaled_passing_score': '1'});
  var sco = ManabiSco.createSco(api, definition, {now: now});
  sco.start();
  walkToQuiz(sco);
  answerAll(sco, 1);
  equal(sco.submit().passed, false, 'passing score from the LMS is used');
  equal(api.values['cmi.success_status'], 'failed', 'passing score from the LMS: failed');
  noErrors(api, 'passing');

  var five = {code: 'five', pages: ['a', 'quiz'], questions: [1, 2, 3, 4, 5].map(function (i) {
    return {id: 'q' + i, description: '問' + i, choices: ['a', 'b'], correct: 'a'};
  })};
  var api5 = fakeApi();
  var sco5 = ManabiSco.createSco(api5, five, {now: now});
  sco5.start();
  sco5.show(1);
  ['a', 'a', 'a', 'a', 'b'].forEach(function (c, i) { sco5.answer('q' + (i + 1), c); });
  equal(sco5.submit().passed, true, '4 of 5 passes');
  equal(api5.values['cmi.score.scaled'], '0.8', '4 of 5 is 0.8');
  noErrors(api5, 'eighty');
})();

/* 5. Without an LMS the module still works, recording nothing. */
(function () {
  var sco = ManabiSco.createSco(null, definition, {now: now});
  equal(sco.start(), 0, 'no LMS: starts');
  check(!sco.state.connected, 'no LMS: not connected');
  walkToQuiz(sco);
  answerAll(sco, 0);
  check(sco.submit().passed, 'no LMS: quiz works');
  sco.finish();
})();

/* 6. An LMS that refuses Initialize is not used. */
(function () {
  var api = fakeApi();
  api.Initialize = function () { return 'false'; };
  var sco = ManabiSco.createSco(api, definition, {now: now});
  sco.start();
  check(!sco.state.connected, 'refused: not connected');
  sco.show(1);
  sco.leave();
  equal(api.calls.length, 0, 'refused: no further calls');
})();

/* 7. API discovery: up the parents to the top, then the opener; other origins are skipped. */
(function () {
  var lms = {};
  var top = {API_1484_11: lms};
  top.parent = top;
  var middle = {parent: top};
  var sco = {parent: middle};
  equal(ManabiSco.findApi(sco), lms, 'discovery: found in the top window');
  var own = {};
  equal(ManabiSco.findApi({API_1484_11: own, parent: middle}), own, 'discovery: the nearest wins');
  var popupTop = {};
  popupTop.parent = popupTop;
  popupTop.top = popupTop;
  popupTop.opener = {parent: top};
  var frame = {parent: popupTop, top: popupTop};
  equal(ManabiSco.findApi(frame), lms, 'discovery: through the opener');
  var foreign = {};
  Object.defineProperty(foreign, 'API_1484_11', {get: function () { throw new Error('SecurityError'); }});
  equal(ManabiSco.findApi({parent: foreign}), null, 'discovery: another origin on the way is no API');
  var alone = {};
  alone.parent = alone;
  equal(ManabiSco.findApi(alone), null, 'discovery: none');
})();

/* 8. Formats. */
equal(ManabiSco.duration(0), 'PT0H0M0S', 'duration 0');
equal(ManabiSco.duration(3723450), 'PT1H2M3.45S', 'duration');
equal(ManabiSco.timestamp(new Date(Date.UTC(2026, 3, 1, 9, 5, 7))), '2026-04-01T09:05:07.0Z', 'timestamp');

console.log('ok ' + checks + ' checks');
