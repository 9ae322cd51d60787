// openbbic web validator: Swedish first, English on request. No external resources, no inline
// script (the page's policy forbids it); every text from the payload is set as text, never as HTML.
(function () {
  'use strict';

  var TEXTS = {
    sv: {
      title: 'BBIC-validering',
      intro: 'Klistra in eller ladda upp ett BBIC-dokument, en ärendekedja eller en batch (JSON, NDJSON eller XML). Inget sparas: indata skickas bara till den här servern.',
      file: 'Fil', payload: 'Indata', level: 'Nivå', draft: 'utkast', complete: 'komplett',
      signed: 'signerad', asOf: 'Bedöms per dag', token: 'Åtkomsttoken (om servern kräver det)',
      validate: 'Kontrollera', toJson: 'Ladda ner JSON', toXml: 'Ladda ner XML',
      toPdf: 'Ladda ner utskrift (PDF)', lines: 'Indata, rad för rad',
      footer: 'openbbic – BBIC (Barns behov i centrum) enligt Socialstyrelsen. API: /openapi.json',
      valid: 'giltigt', invalid: 'ogiltigt', unreadable: 'ogiltigt – kunde inte läsas',
      noFindings: 'Inga fynd.', empty: 'Klistra in eller ladda upp indata först.',
      line: 'rad', column: 'kolumn', documentNo: 'dokument', switchTo: 'English',
      FATAL: 'FATALT', ERROR: 'FEL', WARNING: 'VARNING', INFO: 'INFO',
      network: 'Servern kunde inte nås.', busy: 'Arbetar …'
    },
    en: {
      title: 'BBIC validation',
      intro: 'Paste or upload a BBIC document, a case file or a batch (JSON, NDJSON or XML). Nothing is stored: the input goes only to this server.',
      file: 'File', payload: 'Input', level: 'Level', draft: 'draft', complete: 'complete',
      signed: 'signed', asOf: 'Judged as of', token: 'Access token (if the server requires one)',
      validate: 'Check', toJson: 'Download JSON', toXml: 'Download XML',
      toPdf: 'Download printout (PDF)', lines: 'Input, line by line',
      footer: 'openbbic – BBIC (Barns behov i centrum) by Socialstyrelsen. API: /openapi.json',
      valid: 'valid', invalid: 'invalid', unreadable: 'invalid – could not be read',
      noFindings: 'No findings.', empty: 'Paste or upload input first.',
      line: 'line', column: 'column', documentNo: 'document', switchTo: 'Svenska',
      FATAL: 'FATAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
      network: 'The server could not be reached.', busy: 'Working …'
    }
  };

  var lang = 'sv';
  var last = null; // the last answer shown, re-rendered on a language switch

  function $(id) { return document.getElementById(id); }
  function t(key) { return TEXTS[lang][key]; }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('title') + ' – openbbic';
    var all = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < all.length; i++) {
      all[i].textContent = t(all[i].getAttribute('data-i18n'));
    }
    var button = $('lang');
    button.textContent = t('switchTo');
    button.lang = lang === 'sv' ? 'en' : 'sv';
    if (last && last.validated !== undefined && last.validated === $('payload').value) {
      validate(); // the messages come from the server: ask again in the new language
    } else if (last) {
      show(last);
    }
  }

  function query(extra) {
    var q = 'lang=' + lang + '&level=' + encodeURIComponent($('level').value);
    if ($('asOf').value) { q += '&asOf=' + encodeURIComponent($('asOf').value); }
    return q + (extra ? '&' + extra : '');
  }

  function headers(accept) {
    var h = { 'Accept': accept };
    var token = $('token').value.trim();
    if (token) { h['Authorization'] = 'Bearer ' + token; }
    return h;
  }

  function payload() {
    var text = $('payload').value;
    if (!text.trim()) {
      last = { problem: t('empty') };
      show(last);
      return null;
    }
    return text;
  }

  function validate(event) {
    if (event) { event.preventDefault(); }
    var text = payload();
    if (text === null) { return; }
    showLines(text);
    $('verdict').textContent = t('busy');
    fetch('/v1/validate?' + query(), { method: 'POST', headers: headers('application/json'), body: text })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (answer) {
        if (answer.status === 200) {
          last = { documents: answer.body };
        } else if (answer.body && answer.body.documents) {
          last = { documents: answer.body.documents, unreadable: true };
        } else {
          last = { problem: (answer.body && (answer.body.title + ': ' + answer.body.detail)) || String(answer.status) };
        }
        last.validated = text;
        show(last);
      })
      .catch(function () { last = { problem: t('network') }; show(last); });
  }

  function show(answer) {
    $('result').hidden = false;
    var verdict = $('verdict');
    var problem = $('problem');
    var list = $('findings');
    list.textContent = '';
    list.hidden = false;
    problem.hidden = true;
    problem.className = '';
    verdict.className = '';
    if (answer.problem) {
      verdict.textContent = '';
      problem.textContent = answer.problem;
      problem.hidden = false;
      return;
    }
    var documents = answer.documents;
    var valid = documents.every(function (d) { return d.valid; });
    verdict.textContent = valid ? t('valid') : (answer.unreadable ? t('unreadable') : t('invalid'));
    verdict.className = valid ? 'valid' : 'invalid';
    var count = 0;
    documents.forEach(function (d) {
      d.findings.forEach(function (f) {
        list.appendChild(finding(f, d, documents.length > 1));
        count++;
      });
    });
    list.hidden = count === 0;
    if (count === 0) {
      problem.textContent = t('noFindings');
      problem.className = 'none';
      problem.hidden = false;
    }
  }

  function finding(f, d, batch) {
    var li = document.createElement('li');
    li.className = f.severity;
    li.tabIndex = 0;
    li.setAttribute('role', 'button');
    if (f.line) { li.setAttribute('data-line', String(f.line)); }
    var head = document.createElement('span');
    var code = document.createElement('span');
    code.className = 'code';
    code.textContent = f.code;
    head.appendChild(document.createTextNode(t(f.severity) + ' '));
    head.appendChild(code);
    head.appendChild(document.createTextNode(': ' + f.message));
    li.appendChild(head);
    var where = document.createElement('span');
    where.className = 'where';
    var parts = [];
    if (batch) { parts.push(t('documentNo') + ' ' + (d.index + 1)); }
    parts.push(f.pointer || '/');
    if (f.line) { parts.push(t('line') + ' ' + f.line + (f.column ? ', ' + t('column') + ' ' + f.column : '')); }
    where.textContent = parts.join(' · ');
    li.appendChild(where);
    var bases = f.legalBasis ? [f.legalBasis].concat(f.otherLegalBases || []) : [];
    if (bases.length) {
      var law = document.createElement('span');
      law.className = 'law';
      law.textContent = bases.map(function (b) { return b.citation; }).join('; ');
      li.appendChild(law);
    }
    li.addEventListener('click', function () { select(li); });
    li.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(li); }
    });
    return li;
  }

  function select(li) {
    var previous = document.querySelectorAll('#findings li.selected, #lines .highlighted');
    for (var i = 0; i < previous.length; i++) { previous[i].classList.remove('selected', 'highlighted'); }
    li.classList.add('selected');
    var line = li.getAttribute('data-line');
    if (!line) { return; } // a finding without a line points at nothing in the text
    var target = $('L' + line);
    if (target) {
      target.classList.add('highlighted');
      target.scrollIntoView({ block: 'center' });
    }
  }

  function showLines(text) {
    var pre = $('lines');
    pre.textContent = '';
    var lines = text.split(/\r\n|\r|\n/);
    lines.forEach(function (content, i) {
      var span = document.createElement('span');
      span.className = 'line';
      span.id = 'L' + (i + 1);
      span.setAttribute('data-n', String(i + 1));
      span.textContent = content;
      pre.appendChild(span);
    });
    $('view').hidden = false;
  }

  function download(path, extra, accept, name) {
    var text = payload();
    if (text === null) { return; }
    fetch(path + '?' + query(extra), { method: 'POST', headers: headers(accept), body: text })
      .then(function (response) {
        if (!response.ok) {
          return response.json().then(function (body) {
            showLines(text);
            last = body.documents
              ? { documents: body.documents, unreadable: response.status === 400 }
              : { problem: body.title + ': ' + body.detail };
            show(last);
          });
        }
        return response.blob().then(function (blob) {
          var a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = name;
          document.body.appendChild(a);
          a.click();
          setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        });
      })
      .catch(function () { last = { problem: t('network') }; show(last); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('form').addEventListener('submit', validate);
    $('lang').addEventListener('click', function () {
      lang = lang === 'sv' ? 'en' : 'sv';
      applyLanguage();
    });
    $('file').addEventListener('change', function () {
      var file = $('file').files[0];
      if (!file) { return; }
      file.text().then(function (text) { $('payload').value = text; });
    });
    $('toJson').addEventListener('click', function () {
      download('/v1/convert', 'to=json', 'application/json', 'bbic.json');
    });
    $('toXml').addEventListener('click', function () {
      download('/v1/convert', 'to=xml', 'application/xml', 'bbic.xml');
    });
    $('toPdf').addEventListener('click', function () {
      download('/v1/render', 'format=pdf', 'application/pdf', 'bbic.pdf');
    });
  });
})();
