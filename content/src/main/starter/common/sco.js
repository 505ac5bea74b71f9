/*
 * Manabi starter modules: the script of the one SCO of each module (SCORM 2004 4th Edition).
 *
 * The pages of a module are sections of one document, so the SCO initializes once and keeps its
 * session while the learner turns pages. It finds the LMS's API_1484_11 by the standard discovery,
 * resumes where the learner suspended (cmi.location, answers as JSON in cmi.suspend_data), reports
 * progress per page, records each quiz answer as an interaction and the score on submission; the
 * LMS decides pass/fail from cmi.score.scaled (the manifest's minNormalizedMeasure), and the
 * script reports the same verdict. Leaving without finishing suspends the attempt.
 *
 * The quiz and its answer key are in the page's markup (fieldset[data-question][data-correct]).
 * The logic (createSco) is free of the DOM so that it can be checked with node against a fake API.
 */
(function (global, factory) {
  'use strict';
  var sco = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = sco;
  } else {
    global.ManabiSco = sco;
    if (global.document) {
      sco.boot(global, global.document);
    }
  }
})(this, function () {
  'use strict';

  var DEFAULT_PASSING = 0.8;

  /* ---- API discovery (SCORM 2004 RTE, API instance discovery) ---- */

  function scan(win) {
    var tries = 0;
    try {
      while (win && !win.API_1484_11 && win.parent && win.parent !== win && tries < 500) {
        tries += 1;
        win = win.parent;
      }
      return win && win.API_1484_11 ? win.API_1484_11 : null;
    } catch (e) {
      return null; // a window of another origin on the way up
    }
  }

  function findApi(win) {
    var api = scan(win);
    try {
      if (!api && win.opener) {
        api = scan(win.opener);
      }
      if (!api && win.top && win.top !== win && win.top.opener) {
        api = scan(win.top.opener);
      }
    } catch (e) {
      // an opener of another origin
    }
    return api;
  }

  /* ---- small helpers ---- */

  function decimal(value) {
    // At most four decimals, no trailing zeros: "0.8571", "1", "0".
    return String(Math.round(value * 10000) / 10000);
  }

  function duration(ms) {
    var total = Math.max(0, ms) / 1000;
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total - hours * 3600) / 60);
    var seconds = Math.round((total - hours * 3600 - minutes * 60) * 100) / 100;
    return 'PT' + hours + 'H' + minutes + 'M' + seconds + 'S';
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function timestamp(date) {
    return date.getUTCFullYear() + '-' + pad(date.getUTCMonth() + 1) + '-' + pad(date.getUTCDate()) + 'T'
      + pad(date.getUTCHours()) + ':' + pad(date.getUTCMinutes()) + ':' + pad(date.getUTCSeconds()) + '.0Z';
  }

  /**
   * The logic of the SCO, without the page. definition = {code, pages: [page ids], questions:
   * [{id, description, choices: [ids], correct}]}; the last page is the quiz. options.now gives
   * the time (for tests).
   */
  function createSco(api, definition, options) {
    options = options || {};
    var now = options.now || function () { return Date.now(); };
    var pages = definition.pages;
    var questions = definition.questions;
    var lastPage = pages.length - 1;
    var state = {
      connected: false,
      page: 0,
      seen: {},
      answers: {},
      submitted: false,
      result: null,
      passing: DEFAULT_PASSING,
      terminated: false,
      entry: ''
    };
    var started = now();

    function get(name) {
      if (!state.connected) {
        return '';
      }
      var value = api.GetValue(name);
      return value === null || value === undefined ? '' : String(value);
    }

    function set(name, value) {
      if (state.connected && !state.terminated) {
        api.SetValue(name, String(value));
      }
    }

    function commit() {
      if (state.connected && !state.terminated) {
        api.Commit('');
      }
    }

    function seenCount() {
      return pages.filter(function (id) { return state.seen[id]; }).length;
    }

    function saveSuspendData() {
      set('cmi.suspend_data', JSON.stringify({
        v: 1,
        seen: pages.filter(function (id) { return state.seen[id]; }),
        answers: state.answers,
        submitted: state.submitted
      }));
    }

    function restore(text, location) {
      var data = null;
      try {
        data = text ? JSON.parse(text) : null;
      } catch (e) {
        data = null;
      }
      if (data && typeof data === 'object') {
        (data.seen || []).forEach(function (id) {
          if (pages.indexOf(id) >= 0) {
            state.seen[id] = true;
          }
        });
        var answers = data.answers || {};
        questions.forEach(function (q) {
          if (q.choices.indexOf(answers[q.id]) >= 0) {
            state.answers[q.id] = answers[q.id];
          }
        });
        state.submitted = !!data.submitted && unanswered().length === 0;
        if (state.submitted) {
          state.result = score();
        }
      }
      var at = pages.indexOf(location);
      if (at >= 0) {
        state.page = at;
      }
    }

    function unanswered() {
      return questions.filter(function (q) { return !state.answers[q.id]; }).map(function (q) { return q.id; });
    }

    function score() {
      var correct = {};
      var raw = 0;
      questions.forEach(function (q) {
        correct[q.id] = state.answers[q.id] === q.correct;
        raw += correct[q.id] ? 1 : 0;
      });
      var scaled = decimal(questions.length ? raw / questions.length : 0);
      return {raw: raw, max: questions.length, scaled: scaled, passed: Number(scaled) >= state.passing, correct: correct};
    }

    /** The page the learner may open: any page seen, and the one after the furthest seen. */
    function reachable(index) {
      if (index < 0 || index > lastPage) {
        return false;
      }
      return index === 0 || !!state.seen[pages[index]] || !!state.seen[pages[index - 1]];
    }

    var sco = {
      state: state,
      definition: definition,

      /** Initialize and resume; returns the page to show. */
      start: function () {
        state.connected = !!api && String(api.Initialize('')) === 'true';
        if (!state.connected) {
          sco.show(state.page);
          return state.page;
        }
        state.entry = get('cmi.entry');
        var passing = parseFloat(get('cmi.scaled_passing_score'));
        if (!isNaN(passing)) {
          state.passing = passing;
        }
        var location = state.entry === 'ab-initio' ? '' : get('cmi.location');
        if (state.entry === 'resume' || (state.entry === '' && location !== '')) {
          restore(get('cmi.suspend_data'), location);
        }
        var status = get('cmi.completion_status');
        if (status !== 'completed') {
          set('cmi.completion_status', 'incomplete');
        }
        sco.show(state.page);
        return state.page;
      },

      reachable: reachable,

      /** Shows a page: location, progress and suspend data, then a commit. */
      show: function (index) {
        if (!reachable(index) && index !== state.page) {
          return false;
        }
        state.page = index;
        state.seen[pages[index]] = true;
        set('cmi.location', pages[index]);
        set('cmi.progress_measure', decimal(seenCount() / pages.length));
        saveSuspendData();
        commit();
        return true;
      },

      isLastPage: function () {
        return state.page === lastPage;
      },

      answer: function (questionId, choice) {
        if (state.submitted) {
          return;
        }
        state.answers[questionId] = choice;
        saveSuspendData();
      },

      unanswered: unanswered,

      /** Scores the quiz: interactions, score, success and completion. Returns the result, or null if questions are open. */
      submit: function () {
        if (state.submitted) {
          return state.result;
        }
        if (unanswered().length > 0) {
          return null;
        }
        state.submitted = true;
        state.result = score();
        var first = parseInt(get('cmi.interactions._count'), 10) || 0;
        var when = timestamp(new Date(now()));
        questions.forEach(function (q, i) {
          var n = 'cmi.interactions.' + (first + i) + '.';
          set(n + 'id', 'urn:manabi:' + definition.code + ':' + q.id);
          set(n + 'type', 'choice');
          set(n + 'timestamp', when);
          set(n + 'description', q.description);
          set(n + 'correct_responses.0.pattern', q.correct);
          set(n + 'learner_response', state.answers[q.id]);
          set(n + 'result', state.result.correct[q.id] ? 'correct' : 'incorrect');
        });
        set('cmi.score.min', '0');
        set('cmi.score.max', String(state.result.max));
        set('cmi.score.raw', String(state.result.raw));
        set('cmi.score.scaled', state.result.scaled);
        set('cmi.success_status', state.result.passed ? 'passed' : 'failed');
        if (state.page === lastPage) {
          set('cmi.completion_status', 'completed');
        }
        set('cmi.progress_measure', decimal(seenCount() / pages.length));
        saveSuspendData();
        commit();
        return state.result;
      },

      /** Clears the answers for another try (the recorded interactions and status stay). */
      retry: function () {
        state.submitted = false;
        state.result = null;
        state.answers = {};
        saveSuspendData();
        commit();
      },

      /** The learner suspends: kept for a resume, and the player is asked to close the activity. */
      suspend: function () {
        sco.end('suspend', 'suspendAll');
      },

      /** The learner finishes: a normal exit, and the player leaves the course. */
      finish: function () {
        sco.end('normal', 'exitAll');
      },

      /** The page goes away (pagehide, unload) without finishing: suspend. */
      leave: function () {
        sco.end('suspend', null);
      },

      end: function (exit, navRequest) {
        if (!state.connected || state.terminated) {
          state.terminated = true;
          return;
        }
        saveSuspendData();
        set('cmi.exit', exit);
        set('cmi.session_time', duration(now() - started));
        if (navRequest) {
          set('adl.nav.request', navRequest);
        }
        commit();
        state.terminated = true;
        api.Terminate('');
      }
    };
    return sco;
  }

  /* ---- the page ---- */

  var LETTERS = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ'];

  function readDefinition(doc) {
    var body = doc.body;
    var pages = [];
    Array.prototype.forEach.call(doc.querySelectorAll('section.page'), function (section) {
      pages.push(section.id);
    });
    var questions = [];
    Array.prototype.forEach.call(doc.querySelectorAll('fieldset[data-question]'), function (fieldset) {
      var choices = [];
      Array.prototype.forEach.call(fieldset.querySelectorAll('input[type=radio]'), function (input) {
        choices.push(input.value);
      });
      questions.push({
        id: fieldset.getAttribute('data-question'),
        description: fieldset.getAttribute('data-description') || fieldset.querySelector('legend').textContent.trim(),
        choices: choices,
        correct: fieldset.getAttribute('data-correct')
      });
    });
    return {code: body.getAttribute('data-module'), pages: pages, questions: questions};
  }

  function boot(win, doc) {
    function init() {
      var definition = readDefinition(doc);
      var api = findApi(win);
      var sco = createSco(api, definition);
      var sections = doc.querySelectorAll('section.page');
      var toc = doc.getElementById('toc');
      var progress = doc.getElementById('progress');
      var notice = doc.getElementById('notice');
      var form = doc.getElementById('quiz-form');
      var result = doc.getElementById('result');
      var buttons = {
        previous: doc.getElementById('previous'),
        next: doc.getElementById('next'),
        suspend: doc.getElementById('suspend'),
        finish: doc.getElementById('finish'),
        retry: doc.getElementById('retry')
      };

      function say(text) {
        notice.textContent = text;
      }

      function renderToc() {
        toc.textContent = '';
        Array.prototype.forEach.call(sections, function (section, i) {
          var item = doc.createElement('li');
          var button = doc.createElement('button');
          button.type = 'button';
          button.textContent = (i + 1) + '. ' + section.getAttribute('data-title');
          button.disabled = !sco.reachable(i);
          if (i === sco.state.page) {
            button.setAttribute('aria-current', 'page');
          }
          button.addEventListener('click', function () { go(i, true); });
          item.appendChild(button);
          toc.appendChild(item);
        });
      }

      function renderQuiz() {
        var state = sco.state;
        Array.prototype.forEach.call(form.querySelectorAll('fieldset[data-question]'), function (fieldset) {
          var id = fieldset.getAttribute('data-question');
          Array.prototype.forEach.call(fieldset.querySelectorAll('input[type=radio]'), function (input) {
            input.checked = state.answers[id] === input.value;
            input.disabled = state.submitted;
          });
          var feedback = fieldset.querySelector('.feedback');
          var explanation = fieldset.querySelector('.explanation');
          if (state.submitted) {
            var ok = state.result.correct[id];
            var correct = fieldset.getAttribute('data-correct');
            var values = Array.prototype.map.call(fieldset.querySelectorAll('input[type=radio]'),
              function (input) { return input.value; });
            var chosen = LETTERS[values.indexOf(state.answers[id])];
            feedback.textContent = ok ? '正解（あなたの解答：' + chosen + '）'
              : '不正解（あなたの解答：' + chosen + '、正解：' + LETTERS[values.indexOf(correct)] + '）';
            feedback.className = 'feedback ' + (ok ? 'correct' : 'incorrect');
            feedback.hidden = false;
            explanation.hidden = false;
          } else {
            feedback.hidden = true;
            explanation.hidden = true;
          }
        });
        doc.getElementById('submit').hidden = state.submitted;
        if (state.submitted) {
          var r = state.result;
          result.textContent = '';
          var heading = doc.createElement('h3');
          heading.textContent = r.passed ? '合格です' : '不合格です';
          var line = doc.createElement('p');
          line.textContent = r.max + '問中' + r.raw + '問正解（' + Math.round(Number(r.scaled) * 100)
            + '%）。合格基準は' + Math.round(state.passing * 100) + '%以上です。'
            + (r.passed ? '「終了する」で学習を終えます。' : '解説を確認し、「もう一度解答する」で再挑戦できます。');
          result.appendChild(heading);
          result.appendChild(line);
          result.className = 'result ' + (r.passed ? 'passed' : 'failed');
          result.hidden = false;
          buttons.retry.hidden = r.passed;
        } else {
          result.hidden = true;
          buttons.retry.hidden = true;
        }
      }

      function render(focus) {
        var state = sco.state;
        Array.prototype.forEach.call(sections, function (section, i) {
          section.hidden = i !== state.page;
        });
        progress.textContent = 'ページ ' + (state.page + 1) + ' / ' + sections.length;
        buttons.previous.disabled = state.page === 0;
        buttons.next.hidden = sco.isLastPage();
        buttons.finish.hidden = !state.submitted;
        renderToc();
        renderQuiz();
        if (focus) {
          var heading = sections[state.page].querySelector('h2');
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
        win.scrollTo(0, 0);
      }

      function go(index, focus) {
        if (sco.state.terminated) {
          return;
        }
        if (sco.show(index)) {
          say('');
          render(focus);
        }
      }

      function ended(text) {
        Array.prototype.forEach.call(doc.querySelectorAll('button, input'), function (control) {
          control.disabled = true;
        });
        say(text);
      }

      buttons.previous.addEventListener('click', function () { go(sco.state.page - 1, true); });
      buttons.next.addEventListener('click', function () { go(sco.state.page + 1, true); });
      buttons.suspend.addEventListener('click', function () {
        sco.suspend();
        ended('学習を中断しました。次回はこのページから再開します。');
      });
      buttons.finish.addEventListener('click', function () {
        sco.finish();
        ended('学習を終了しました。お疲れさまでした。');
      });
      buttons.retry.addEventListener('click', function () {
        sco.retry();
        render(false);
        var first = form.querySelector('input[type=radio]');
        if (first) {
          first.focus();
        }
        say('解答を消去しました。もう一度解答してください。');
      });
      form.addEventListener('change', function (event) {
        var input = event.target;
        if (input && input.type === 'radio') {
          sco.answer(input.name, input.value);
        }
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var open = sco.unanswered();
        if (open.length > 0) {
          var labels = open.map(function (id) {
            return form.querySelector('fieldset[data-question="' + id + '"]').getAttribute('data-label');
          });
          say('未解答の問題があります：' + labels.join('、'));
          var input = form.querySelector('input[name="' + open[0] + '"]');
          if (input) {
            input.focus();
          }
          return;
        }
        sco.submit();
        render(false);
        result.focus();
      });

      function leave() {
        if (!sco.state.terminated) {
          sco.leave();
        }
      }
      win.addEventListener('pagehide', leave);
      win.addEventListener('unload', leave);

      sco.start();
      if (!sco.state.connected) {
        say('学習記録システムに接続されていないため、学習の記録は保存されません。');
      } else if (sco.state.entry === 'resume') {
        say('前回の続きから再開しました。');
      }
      render(false);
    }

    if (doc.readyState === 'loading') {
      doc.addEventListener('DOMContentLoaded', init);
    } else {
      init();
    }
  }

  return {
    findApi: findApi,
    createSco: createSco,
    readDefinition: readDefinition,
    boot: boot,
    duration: duration,
    timestamp: timestamp
  };
});
