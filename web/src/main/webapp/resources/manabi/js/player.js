/*
 * The course player. For each activity it asks the server to launch it, creates a fresh
 * scorm-again API (window.API for SCORM 1.2, window.API_1484_11 for 2004) with the data the
 * server returned, and only then loads the content into the frame, so that the SCO finds the API
 * when it starts. Commits go to the server with a rising sequence number; when the SCO's page
 * goes away (another activity, the tab closed) the last data is sent with sendBeacon, because a
 * browser refuses the synchronous request a SCO's own unload handler would make.
 */
(function () {
  'use strict';

  var root = document.getElementById('player');
  if (!root) {
    return;
  }
  var base = root.getAttribute('data-base');
  var courseId = root.getAttribute('data-course');
  // A trainer's preview: the same player, with nothing sent to the server.
  var preview = root.getAttribute('data-preview') === 'true';
  var frame = document.getElementById('player-frame');
  var statusLine = document.getElementById('player-status');
  var tocList = document.querySelector('#player-toc ol');
  var buttons = {
    previous: document.getElementById('player-previous'),
    next: document.getElementById('player-next'),
    suspend: document.getElementById('player-suspend'),
    exit: document.getElementById('player-exit')
  };

  function text(name) {
    return root.getAttribute('data-text-' + name) || name;
  }

  var view = null;
  var current = null;
  var ended = false;
  var message = '';
  var busy = false;

  function say(value) {
    message = value;
    statusLine.textContent = value;
  }

  function getJson(url, options) {
    return fetch(url, Object.assign({credentials: 'same-origin', headers: {'Accept': 'application/json'}}, options || {}))
      .then(function (response) {
        if (!response.ok) {
          var error = new Error('HTTP ' + response.status);
          error.status = response.status;
          throw error;
        }
        return response.json();
      });
  }

  function launchable() {
    return view.entries.filter(function (e) { return e.launchable; });
  }

  function indexOf(identifier) {
    var list = launchable();
    for (var i = 0; i < list.length; i++) {
      if (list[i].identifier === identifier) {
        return i;
      }
    }
    return -1;
  }

  function renderToc() {
    tocList.textContent = '';
    view.entries.forEach(function (entry) {
      if (!entry.visible && !entry.launchable) {
        return;
      }
      var item = document.createElement('li');
      item.style.paddingLeft = (entry.depth * 1.25) + 'em';
      if (entry.launchable) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'toc-entry';
        button.setAttribute('data-activity', entry.identifier);
        button.textContent = entry.title;
        if (current && current.identifier === entry.identifier) {
          button.setAttribute('aria-current', 'step');
        }
        button.addEventListener('click', function () { go(entry.identifier); });
        item.appendChild(button);
        var state = document.createElement('span');
        state.className = 'toc-status toc-' + (entry.completed ? 'completed' : entry.status);
        state.textContent = text('status-' + (entry.completed ? 'completed' : entry.status));
        item.appendChild(document.createTextNode(' '));
        item.appendChild(state);
      } else {
        var heading = document.createElement('span');
        heading.className = 'toc-cluster';
        heading.textContent = entry.title;
        item.appendChild(heading);
      }
      tocList.appendChild(item);
    });
    updateButtons();
  }

  function updateButtons() {
    var i = current ? indexOf(current.identifier) : -1;
    var count = view ? launchable().length : 0;
    buttons.previous.disabled = busy || i <= 0;
    buttons.next.disabled = busy || !view || i >= count - 1;
    buttons.suspend.disabled = busy || !current;
    buttons.exit.disabled = busy || !current;
  }

  function refreshView() {
    return getJson(base + 'api/player/courses/' + courseId + (preview ? '?preview=true' : '')).then(function (v) {
      view = v;
      renderToc();
      if (v.completed) {
        say(text('course-completed'));
      }
    });
  }

  /* ---- the SCO's session ---- */

  function commitUrl(session) {
    return base + 'api/player/sessions/' + encodeURIComponent(session.token) + '/commits';
  }

  function lastData(session, exitOverride) {
    var cmi = session.api.renderCommitCMI(session.terminated);
    // Suspend (the player's button, or a SCO's suspendAll request) suspends the activity even
    // when the SCO had already terminated with another exit: its attempt is resumed next time.
    if (exitOverride) {
      cmi[session.version === '1.2' ? 'cmi.core.exit' : 'cmi.exit'] = exitOverride;
    }
    session.seq += 1;
    return JSON.stringify({seq: session.seq, terminate: session.terminated, cmi: cmi});
  }

  /** The page is going away: the beacon is the only request the browser still sends. */
  function beacon(session) {
    if (!session || !session.api || session.closed || !session.token) {
      return;
    }
    var body = lastData(session, session.exitOverride);
    navigator.sendBeacon(commitUrl(session), new Blob([body], {type: 'text/plain;charset=UTF-8'}));
  }

  /** The player itself unloads the SCO: send the last data and wait for it to be stored. */
  function sendLast(session) {
    if (!session || !session.api || session.closed || !session.token) {
      return Promise.resolve();
    }
    var body = lastData(session, session.exitOverride);
    session.closed = true;
    return fetch(commitUrl(session), {method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: body})
      .catch(function () { /* the server keeps what the earlier commits stored */ });
  }

  function createApi(session, launch) {
    var settings = {
      lmsCommitUrl: session.token ? commitUrl(session) : false,
      dataCommitFormat: 'flattened',
      autocommit: true,
      autocommitSeconds: 15,
      logLevel: 5,
      // SCORM 1.2 RTE: a SCO that finishes without a status is recorded as completed.
      autoCompleteLessonStatus: true,
      requestHandler: function (commitObject, metadata) {
        session.seq += 1;
        return {seq: session.seq, terminate: !!(metadata && metadata.isTerminateCommit), cmi: commitObject};
      }
    };
    var api;
    if (launch.api === '1.2') {
      api = new window.Scorm12API(settings);
      api.loadFromFlattenedJSON(launch.cmi, '');
      api.on('LMSFinish', function () { terminated(session); });
      window.API = api;
    } else {
      api = new window.Scorm2004API(settings);
      guardElementNames(api);
      api.loadFromFlattenedJSON(launch.cmi, '');
      api.on('SetValue.adl.nav.request', function (element, value) { session.navRequest = value; });
      api.on('Terminate', function () { terminated(session); });
      window.API_1484_11 = api;
    }
    return api;
  }

  /**
   * scorm-again 3.4.3 lets SetValue("cmi", x) replace the whole data model with a string, after
   * which every call fails; the RTE book and the ADL scripts expect 401 (undefined element) for a
   * name that is not an element. Such names are refused here before they reach the runtime.
   */
  function guardElementNames(api) {
    var element = /^(cmi|adl)\.[^.]/;
    // Collections and groups are not elements either: SetValue("cmi.interactions", x) would
    // replace the whole collection (RTE: 401 for anything that is not a data model element).
    var container = /^cmi\.(objectives|interactions|comments_from_learner|comments_from_lms|learner_preference|score)(\.\d+)?$|^cmi\.(objectives|interactions)\.\d+\.(score|objectives|correct_responses)(\.\d+)?$/;
    function notAnElement(name) {
      return typeof name === 'string' && name !== '' && (!element.test(name) || container.test(name));
    }
    var setValue = api.SetValue;
    var getValue = api.GetValue;
    api.SetValue = function (name, value) {
      if (notAnElement(name) && api.isInitialized() && !api.isTerminated()) {
        api.lastErrorCode = '401';
        return 'false';
      }
      return setValue.call(api, name, value);
    };
    api.GetValue = function (name) {
      if (notAnElement(name) && api.isInitialized() && !api.isTerminated()) {
        api.lastErrorCode = '401';
        return '';
      }
      return getValue.call(api, name);
    };
  }

  function terminated(session) {
    session.terminated = true;
    // Act after the SCO's Terminate call has returned to it.
    window.setTimeout(function () {
      if (session !== current) {
        return;
      }
      var request = session.navRequest || '_none_';
      var choice = /^\{target=([^}]+)\}(choice|jump)$/.exec(request);
      if (request === 'continue') {
        move(1);
      } else if (request === 'previous') {
        move(-1);
      } else if (choice) {
        go(choice[1]);
      } else if (request === 'exitAll' || request === 'abandonAll') {
        finish(null, text('exited'));
      } else if (request === 'suspendAll') {
        finish('suspend', text('suspended'));
      } else {
        refreshView().then(function () { say(text('activity-ended')); });
      }
    }, 0);
  }

  function unloadCurrent() {
    var session = current;
    current = null;
    delete window.API;
    delete window.API_1484_11;
    if (!session) {
      return Promise.resolve();
    }
    return new Promise(function (resolve) {
      var done = false;
      function next() {
        if (!done) {
          done = true;
          resolve();
        }
      }
      frame.addEventListener('load', next, {once: true});
      window.setTimeout(next, 3000);
      frame.src = 'about:blank';
    }).then(function () {
      return sendLast(session);
    });
  }

  function go(identifier) {
    if (busy) {
      return Promise.resolve();
    }
    busy = true;
    ended = false;
    updateButtons();
    say(text('loading'));
    return unloadCurrent().then(function () {
      return getJson(base + 'api/player/courses/' + courseId + (preview ? '/preview' : '/launch') + '?activity='
        + encodeURIComponent(identifier), {method: 'POST'});
    }).then(function (launch) {
      var session = {identifier: identifier, token: launch.token, version: launch.api, seq: 0, terminated: false,
        closed: false, api: null, navRequest: null, exitOverride: null};
      if (launch.api !== 'none') {
        session.api = createApi(session, launch);
      }
      current = session;
      frame.addEventListener('load', function watch() {
        if (frame.src === 'about:blank' || current !== session) {
          return;
        }
        frame.removeEventListener('load', watch);
        try {
          // Registered after the SCO's own handlers: 'unload' runs after the SCO's unload handler
          // (which often sets cmi.exit and calls Terminate) and so sends what it left; 'pagehide'
          // comes first and covers browsers that no longer fire unload. The higher number wins.
          ['pagehide', 'unload'].forEach(function (type) {
            frame.contentWindow.addEventListener(type, function () {
              if (!session.closed && current === session) {
                beacon(session);
              }
            });
          });
        } catch (e) {
          // Content on another origin cannot be watched; the page's own pagehide still sends.
        }
      });
      frame.src = base + launch.contentPath;
      frame.setAttribute('title', launch.title);
      // Not busy only once the table of contents and the buttons show the new activity, so that
      // whoever waits for the player (a learner's screen reader, a test) sees a settled page.
      return refreshView().then(function () {
        busy = false;
        updateButtons();
        say(text('now-showing') + ' ' + launch.title);
      });
    }).catch(function (error) {
      busy = false;
      updateButtons();
      say(error && error.status === 403 ? text('forbidden') : text('launch-failed'));
    });
  }

  function move(step) {
    var list = launchable();
    var i = current ? indexOf(current.identifier) : -1;
    var target = list[i + step];
    if (target) {
      return go(target.identifier);
    }
    return finish(null, text('end-of-course'));
  }

  function finish(exitValue, note) {
    if (current) {
      current.exitOverride = exitValue;
    }
    busy = true;
    updateButtons();
    return unloadCurrent().then(function () {
      ended = true;
      return refreshView();
    }).then(function () {
      busy = false;
      updateButtons();
      say(note);
    }, function () {
      busy = false;
      updateButtons();
      say(note);
    });
  }

  window.addEventListener('pagehide', function () {
    if (current && !current.closed) {
      beacon(current);
    }
  });

  buttons.previous.addEventListener('click', function () { move(-1); });
  buttons.next.addEventListener('click', function () { move(1); });
  buttons.suspend.addEventListener('click', function () { finish('suspend', text('suspended')); });
  buttons.exit.addEventListener('click', function () { finish(null, text('exited')); });

  /** For tests and assistive tooling: what the player is showing. */
  window.manabiPlayer = {
    state: function () {
      return {current: current ? current.identifier : null, ended: ended, message: message, busy: busy};
    }
  };

  refreshView().then(function () {
    go(view.startAt);
  }).catch(function () {
    say(text('launch-failed'));
  });
})();
