// Collects script errors before any module runs, so that a page that fails to start still says why
// (shown on the page; the browser test reads window.parleyErrors).
(function () {
  'use strict';
  var errors = [];
  window.parleyErrors = errors;
  function show(message) {
    var box = document.getElementById('error');
    if (box) {
      box.textContent = 'Script error: ' + message;
      box.hidden = false;
    }
  }
  window.addEventListener('error', function (e) {
    if (e.target && e.target !== window && (e.target.src || e.target.href)) {
      var what = 'Could not load ' + (e.target.src || e.target.href);
      errors.push(what);
      show(what);
      return;
    }
    var msg = (e.message || 'error') + (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : '');
    errors.push(msg);
    show(msg);
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    var msg = 'Unhandled rejection: ' + (r && r.message ? r.message : String(r));
    errors.push(msg);
    show(msg);
  });
})();
