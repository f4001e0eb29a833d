// The fillable form's one script (allowed by the page's Content-Security-Policy hash): puts the
// answers the page was built with into its inputs, keeps progress in this browser's local
// storage, and saves every answer as a JSON file for `checklist import`. No network, ever.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('checklist-form-data').textContent);
  // A one-line box cuts a long value off (on a phone, on paper) and drops line breaks: every
  // write-in but a date is a box that wraps and grows with its text (fit), so the page shows,
  // prints and saves all of it, line breaks included.
  Array.prototype.forEach.call(document.querySelectorAll('input[type="text"][name]'), function (input) {
    if (/(^|\/)(date|openIssuesUntil)$/.test(input.name)) return;
    var value = Object.prototype.hasOwnProperty.call(data.original, input.name) ? data.original[input.name] : '';
    var box = document.createElement('textarea');
    box.name = input.name;
    box.className = input.className + ' fill-lines';
    box.rows = value.split('\n').length;
    box.setAttribute('aria-label', input.getAttribute('aria-label') || '');
    input.parentNode.replaceChild(box, input);
  });
  // A text box is one block that cannot split across pages: printed, a long comment ran onto the
  // next page under the item's repeated header row. Each box gets a copy of its text (kept in
  // step by show) that only print shows, and that breaks between lines as the checklist's does.
  Array.prototype.forEach.call(document.querySelectorAll('textarea[name]'), function (box) {
    var copy = document.createElement('div');
    copy.className = box.className + ' print-copy';
    copy.hidden = true;
    box.parentNode.insertBefore(copy, box.nextSibling);
  });
  var storeKey = 'checklist-form:' + [data.checklist, data.version, data.deployment, data.fingerprint].join(':');
  var inputs = Array.prototype.slice.call(document.querySelectorAll('input[name], textarea[name]'));
  var names = [];
  var byName = {};
  inputs.forEach(function (input) {
    if (!byName[input.name]) {
      byName[input.name] = [];
      names.push(input.name);
    }
    byName[input.name].push(input);
  });
  var isChoice = function (name) { return byName[name][0].type === 'radio'; };

  function valueOf(name) {
    var list = byName[name];
    if (!isChoice(name)) return list[0].value;
    for (var i = 0; i < list.length; i++) if (list[i].checked) return list[i].value;
    return '';
  }

  function setValue(name, value) {
    byName[name].forEach(function (input) {
      if (input.type === 'radio') input.checked = input.value === value;
      else input.value = value;
    });
  }

  function answers() {
    var result = {};
    names.forEach(function (name) { result[name] = valueOf(name); });
    return result;
  }

  // A comment box grows with its text, so the printed page shows all of it.
  function fit(textarea) {
    textarea.style.height = 'auto';
    textarea.style.height = textarea.scrollHeight + 'px';
  }

  function show() {
    var choices = names.filter(isChoice);
    var given = choices.filter(function (name) { return valueOf(name) !== ''; }).length;
    document.querySelector('.form-progress').textContent = given + ' of ' + choices.length + ' answers ticked';
    inputs.forEach(function (input) {
      if (input.type === 'radio') input.parentNode.classList.toggle('chosen', input.checked);
      if (input.tagName === 'TEXTAREA') {
        fit(input);
        input.nextSibling.textContent = input.value;
      }
    });
  }

  // The page shows every answer (a box's printed copy too) whether or not the browser keeps it.
  function keep() {
    ticked = answers();
    show();
    try {
      localStorage.setItem(storeKey, JSON.stringify({ answers: ticked }));
    } catch (error) {
      document.querySelector('.form-progress').textContent = 'This browser does not keep the answers: save them as a file.';
    }
  }

  names.forEach(function (name) { setValue(name, Object.prototype.hasOwnProperty.call(data.original, name) ? data.original[name] : ''); });
  try {
    var kept = JSON.parse(localStorage.getItem(storeKey) || 'null');
    if (kept && kept.answers) Object.keys(kept.answers).forEach(function (name) { if (byName[name]) setValue(name, String(kept.answers[name])); });
  } catch (error) {
    // Nothing kept, or storage unavailable: the page starts from the answers it was built with.
  }

  // A click on the ticked box unticks it: a radio button alone cannot be cleared. `ticked` holds
  // the answers as last kept, before the click; keep() records every change, an arrow key's too.
  var ticked = answers();
  var isRadio = function (input) { return input && input.type === 'radio' && byName[input.name]; };
  document.addEventListener('click', function (event) {
    var input = event.target;
    if (!isRadio(input)) return;
    if (ticked[input.name] === input.value) input.checked = false;
    keep();
  });
  document.addEventListener('input', keep);
  // Space on the ticked box unticks it too: the page ticks and unticks on Space itself, since
  // Chromium sends no click for Space on a ticked radio button. The browser's own is prevented,
  // on keyup too, lest a click tick again what Space unticked.
  function space(event) {
    var input = event.target;
    if (event.key !== ' ' || !isRadio(input)) return;
    event.preventDefault();
    if (event.type !== 'keydown' || event.repeat) return;
    input.checked = !input.checked;
    keep();
  }
  document.addEventListener('keydown', space);
  document.addEventListener('keyup', space);

  // The bar stays at the top of the window: what the keyboard or a link of the contents scrolls
  // to would stop under it, the field being filled hidden. The page keeps its height clear,
  // measured again when the window changes (the bar wraps onto more lines on a narrow one).
  // Its height in whole pixels up (offsetHeight rounds down) and a little room: a focused text
  // box is scrolled to where its caret shows, a few pixels below the box's own top edge.
  var bar = document.querySelector('.form-bar');
  var ROOM = 8;
  function clearBar() { document.documentElement.style.scrollPaddingTop = Math.ceil(bar.getBoundingClientRect().height) + ROOM + 'px'; }
  window.addEventListener('resize', clearBar);
  clearBar();

  document.querySelector('.form-save').addEventListener('click', function () {
    var saved = {
      format: 'checklist-answers',
      formatVersion: 1,
      checklist: data.checklist,
      version: data.version,
      deployment: data.deployment,
      fingerprint: data.fingerprint,
      original: data.original,
      answers: answers(),
    };
    var blob = new Blob([JSON.stringify(saved, null, 2) + '\n'], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = [data.deployment, data.checklist, data.version, 'answers'].join('-').replace(/[^A-Za-z0-9._-]+/g, '-') + '.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });
  show();
})();
