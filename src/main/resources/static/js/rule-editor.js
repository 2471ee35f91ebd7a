// The rule editor: CodeMirror (served by the app) with line numbers and Java-like highlighting (plain text for
// a decision table); the lines of this file named by validation problems are marked (problems of other files
// are listed without a line mark).
(function () {
  var textarea = document.getElementById('content');
  if (!textarea || typeof CodeMirror === 'undefined') {
    return;
  }
  var editor = CodeMirror.fromTextArea(textarea, {
    lineNumbers: true, mode: textarea.getAttribute('data-mode') || 'text/x-java', indentUnit: 4, viewportMargin: Infinity
  });
  // CodeMirror types into a textarea of its own: it answers to the file's label, and the scrolling text can be
  // reached and scrolled from the keyboard.
  var label = document.querySelector('label[for="content"]');
  var name = label ? label.textContent : 'Rule text';
  editor.getInputField().setAttribute('aria-label', name);
  editor.getScrollerElement().setAttribute('tabindex', '0');
  editor.getScrollerElement().setAttribute('aria-label', name);
  document.querySelectorAll('.problem[data-line]').forEach(function (problem) {
    var line = parseInt(problem.getAttribute('data-line'), 10) - 1;
    if (line >= 0) {
      editor.addLineClass(line, 'background', 'rule-problem-line');
    }
  });
  document.getElementById('rule-form').addEventListener('submit', function () {
    editor.save();
  });
}());
