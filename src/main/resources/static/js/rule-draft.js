// The rule editor keeps the administrator's draft on the server as they type: a second after the last change
// (and when they leave the page) the text is sent with the page's CSRF token; the status line says when it was
// saved. Coming back to the file restores it.
(function () {
  var form = document.getElementById('rule-form');
  var textarea = document.getElementById('content');
  if (!form || !textarea || !window.fetch) {
    return;
  }
  var url = form.getAttribute('data-draft-url');
  var status = document.getElementById('draft-status');
  var token = form.querySelector('input[name="_csrf"]');
  var wrapper = document.querySelector('.CodeMirror');
  var editor = wrapper && wrapper.CodeMirror;
  var timer = null;
  var lastSaved = null;

  function text() {
    return editor ? editor.getValue() : textarea.value;
  }

  function save(leaving) {
    timer = null;
    var content = text();
    if (content === lastSaved) {
      return;
    }
    var headers = {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'};
    if (token) {
      headers['X-CSRF-TOKEN'] = token.value;
    }
    fetch(url, {method: 'POST', headers: headers, credentials: 'same-origin', keepalive: leaving === true,
      body: new URLSearchParams({content: content}).toString()})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (saved) {
        lastSaved = content;
        status.textContent = form.getAttribute('data-saved').replace('{0}', saved.savedAt);
        status.setAttribute('data-saved-at', saved.savedAt);
      })
      .catch(function () {
        status.textContent = form.getAttribute('data-failed');
      });
  }

  function changed() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(save, 1000);
  }

  lastSaved = text();
  if (editor) {
    editor.on('change', changed);
  } else {
    textarea.addEventListener('input', changed);
  }
  form.addEventListener('submit', function () {
    if (timer) {
      clearTimeout(timer);   // the form sends the text, and the server keeps it as the draft
      timer = null;
    }
  });
  window.addEventListener('pagehide', function () {
    if (timer) {
      clearTimeout(timer);
      save(true);
    }
  });
}());
