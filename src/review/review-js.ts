/**
 * The review page's client script, plain ES2020 for the browser. A string constant
 * (see review-css.ts for why); served as /assets/review.js so the CSP can forbid inline
 * script, inlined into static pages. It builds no markup from data: the server renders
 * every piece of text escaped, and this script only reads data-* attributes, toggles
 * classes and sets textContent.
 *
 * Keep it free of backticks and dollar-brace: it sits inside a template literal.
 */
export const REVIEW_JS = String.raw`
(function () {
  'use strict';
  var body = document.body;
  var live = body.getAttribute('data-mode') === 'live';
  var tokenMeta = document.querySelector('meta[name="jianbao-token"]');
  var token = tokenMeta ? tokenMeta.getAttribute('content') : null;

  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function one(sel, root) { return (root || document).querySelector(sel); }
  function isTyping(e) {
    var t = e.target;
    return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  }
  function modified(e) { return e.ctrlKey || e.metaKey || e.altKey; }
  var toastTimer = 0;
  function toast(msg, isErr) {
    var el = one('#toast');
    if (!el) return;
    el.textContent = msg;
    el.className = 'toast show' + (isErr ? ' err' : '');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { el.className = 'toast'; }, isErr ? 5000 : 1600);
  }
  var help = one('#help');
  function toggleHelp(force) {
    if (!help) return;
    var show = typeof force === 'boolean' ? force : help.hidden;
    help.hidden = !show;
  }
  var helpBtn = one('#help-btn');
  if (helpBtn) helpBtn.addEventListener('click', function () { toggleHelp(); });
  if (help) help.addEventListener('click', function (e) { if (e.target === help) toggleHelp(false); });

  if (body.getAttribute('data-page') === 'index') initIndex();
  else if (body.getAttribute('data-page') === 'article') initArticle();

  function initIndex() {
    var q = one('#q');
    var st = one('#status');
    var rows = all('table.articles tbody tr[data-id]');
    var cur = -1;
    var params = new URLSearchParams(location.search);
    if (params.get('q')) q.value = params.get('q');
    if (params.get('status')) st.value = params.get('status');
    function matches(r) {
      var text = q.value.trim().toLowerCase();
      var s = st.value;
      if (text && r.getAttribute('data-search').indexOf(text) < 0) return false;
      if (!s) return true;
      if (s === 'pending' || s === 'done') return r.getAttribute('data-status') !== 'broken' && r.getAttribute('data-review') === s;
      return r.getAttribute('data-status') === s;
    }
    function apply() {
      var shown = 0;
      rows.forEach(function (r) { var ok = matches(r); r.hidden = !ok; if (ok) shown++; });
      one('#shown').textContent = String(shown);
    }
    function visible() { return rows.filter(function (r) { return !r.hidden; }); }
    function move(d) {
      var v = visible();
      if (!v.length) return;
      var i = v.indexOf(rows[cur]);
      i = Math.max(0, Math.min(v.length - 1, i < 0 ? 0 : i + d));
      rows.forEach(function (r) { r.classList.remove('cur'); });
      cur = rows.indexOf(v[i]);
      v[i].classList.add('cur');
      v[i].scrollIntoView({ block: 'nearest' });
    }
    q.addEventListener('input', apply);
    st.addEventListener('change', apply);
    apply();
    document.addEventListener('keydown', function (e) {
      if (isTyping(e)) { if (e.key === 'Escape' || e.key === 'Enter') e.target.blur(); return; }
      if (modified(e)) return;
      if (e.key === '/') { e.preventDefault(); q.focus(); }
      else if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); move(1); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
      else if ((e.key === 'Enter' || e.key === 'o') && rows[cur]) {
        var a = one('a', rows[cur]);
        if (a) location.href = a.getAttribute('href');
      }
      else if (e.key === '?') toggleHelp();
      else if (e.key === 'Escape') toggleHelp(false);
    });
  }

  function initArticle() {
    var id = body.getAttribute('data-id');
    var src = one('#source');
    var rows = all('#facts tbody tr[data-fact]');
    var issueItems = all('#issues li[data-issue]');
    var summarySentences = all('.ss');
    var marks = {};
    all('[data-fact]', src).forEach(function (el) {
      var f = el.getAttribute('data-fact');
      (marks[f] = marks[f] || []).push(el);
    });
    var sentenceEls = {};
    all('[data-sent]', src).forEach(function (el) { sentenceEls[el.getAttribute('data-sent')] = el; });
    var cur = -1;
    var flagCur = -1;
    var pending = 0;
    body.setAttribute('data-pending', '0');

    function clearHighlights() {
      all('.hl', src).forEach(function (el) { el.classList.remove('hl'); });
      all('.hl-s, .hl-s-fact', src).forEach(function (el) { el.classList.remove('hl-s'); el.classList.remove('hl-s-fact'); });
      summarySentences.forEach(function (el) { el.classList.remove('on'); });
    }
    function markSentences(list, cls, scroll) {
      var first = null;
      list.forEach(function (n) {
        var el = sentenceEls[n];
        if (el) { el.classList.add(cls); if (!first) first = el; }
      });
      if (scroll && first) first.scrollIntoView({ block: 'center' });
      return first;
    }
    function selectRow(i, scrollRow) {
      if (i < 0 || i >= rows.length) return;
      cur = i;
      rows.forEach(function (r) { r.classList.remove('cur'); });
      var row = rows[i];
      row.classList.add('cur');
      if (scrollRow !== false) row.scrollIntoView({ block: 'nearest' });
      clearHighlights();
      var els = marks[row.getAttribute('data-fact')] || [];
      els.forEach(function (el) { el.classList.add('hl'); });
      var s = row.getAttribute('data-sentence');
      if (s !== null) markSentences([s], 'hl-s-fact', false);
      if (els[0]) els[0].scrollIntoView({ block: 'center' });
    }
    function rowIndexOf(factId) {
      for (var i = 0; i < rows.length; i++) if (rows[i].getAttribute('data-fact') === factId) return i;
      return -1;
    }
    function showSummarySentence(el) {
      clearHighlights();
      rows.forEach(function (r) { r.classList.remove('cur'); });
      el.classList.add('on');
      var sources = (el.getAttribute('data-sources') || '').split(' ').filter(Boolean);
      if (!markSentences(sources, 'hl-s', true)) toast('No source sentence recorded for this summary sentence');
    }
    function nextFlagged() {
      if (!issueItems.length) { toast('Nothing flagged in this article'); return; }
      flagCur = (flagCur + 1) % issueItems.length;
      focusIssue(flagCur);
    }
    function focusIssue(n) {
      var li = issueItems[n];
      issueItems.forEach(function (x) { x.classList.remove('cur'); });
      li.classList.add('cur');
      li.scrollIntoView({ block: 'nearest' });
      var f = li.getAttribute('data-fact');
      if (f !== null && rowIndexOf(f) >= 0) { selectRow(rowIndexOf(f)); return; }
      var idx = li.getAttribute('data-issue');
      var target = summarySentences.filter(function (s) {
        return (s.getAttribute('data-issues') || '').split(' ').indexOf(idx) >= 0;
      })[0];
      if (target) { showSummarySentence(target); target.scrollIntoView({ block: 'nearest' }); }
    }
    function updateProgress() {
      var p = one('#progress');
      if (!p) return;
      var done = rows.filter(function (r) { var s = r.getAttribute('data-status'); return s === 'approved' || s === 'rejected'; }).length;
      p.textContent = done + ' / ' + rows.length + ' decided';
    }
    function paint(row, status, comment) {
      row.setAttribute('data-status', status || '');
      one('.state', row).textContent = status === 'approved' ? '✓ approved' : status === 'rejected' ? '✗ rejected' : 'pending';
      var c = one('.comment', row);
      c.textContent = comment || '';
      c.hidden = !comment;
      updateProgress();
    }
    function setPending(d) {
      pending += d;
      body.setAttribute('data-pending', String(pending));
      var s = one('#saved');
      if (s) s.textContent = pending > 0 ? 'saving…' : 'saved';
    }
    function decide(i, status, comment) {
      if (!live || !token) { toast('Read-only page', true); return; }
      var row = rows[i];
      if (!row) return;
      var before = { status: row.getAttribute('data-status'), comment: one('.comment', row).textContent };
      var payload = { factId: row.getAttribute('data-fact'), status: status };
      if (typeof comment === 'string') payload.comment = comment;
      paint(row, status, typeof comment === 'string' ? comment : status ? before.comment : '');
      setPending(1);
      fetch('/api/reviews/' + encodeURIComponent(id), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-jianbao-token': token },
        body: JSON.stringify(payload),
        credentials: 'same-origin',
      }).then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (!res.ok) throw new Error(data && data.error ? data.error : 'HTTP ' + res.status);
          var d = data.decisions ? data.decisions[payload.factId] : null;
          paint(row, d ? d.status : '', d && d.comment ? d.comment : '');
        });
      }).catch(function (err) {
        paint(row, before.status, before.comment);
        toast('Not saved: ' + err.message, true);
      }).then(function () { setPending(-1); });
    }
    function decideAndAdvance(status) {
      if (cur < 0) { selectRow(0); return; }
      decide(cur, status);
      if (cur < rows.length - 1) selectRow(cur + 1);
    }
    function closeEditor() {
      var ed = one('tr.editor');
      if (ed) ed.parentNode.removeChild(ed);
    }
    function openEditor(i) {
      if (!live || !token) { toast('Read-only page', true); return; }
      closeEditor();
      var row = rows[i];
      if (!row) return;
      selectRow(i);
      var tr = document.createElement('tr');
      tr.className = 'editor';
      var td = document.createElement('td');
      td.colSpan = row.children.length;
      var ta = document.createElement('textarea');
      ta.setAttribute('aria-label', 'Comment');
      ta.placeholder = 'Comment on this fact. Enter saves, Shift+Enter new line, Esc cancels.';
      ta.maxLength = 2000;
      ta.value = one('.comment', row).textContent;
      var bar = document.createElement('div');
      bar.className = 'row';
      var msg = document.createElement('span');
      msg.className = 'msg';
      function button(label, fn) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.addEventListener('click', fn);
        bar.appendChild(b);
        return b;
      }
      function save(status) {
        decide(i, status, ta.value.trim());
        closeEditor();
        row.focus();
      }
      var decided = row.getAttribute('data-status');
      if (decided) button('Save comment', function () { save(decided); });
      button('Approve with comment', function () { save('approved'); });
      button('Reject with comment', function () { save('rejected'); });
      button('Cancel', function () { closeEditor(); row.focus(); });
      bar.appendChild(msg);
      ta.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') { e.preventDefault(); closeEditor(); row.focus(); }
        else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          var now = row.getAttribute('data-status');
          if (now) save(now);
          else msg.textContent = 'Approve or reject this fact to save the comment.';
        }
        e.stopPropagation();
      });
      td.appendChild(ta);
      td.appendChild(bar);
      tr.appendChild(td);
      row.parentNode.insertBefore(tr, row.nextSibling);
      ta.focus();
    }

    rows.forEach(function (row, i) {
      row.addEventListener('click', function (e) {
        var btn = e.target.closest ? e.target.closest('button[data-act]') : null;
        if (btn) {
          var act = btn.getAttribute('data-act');
          cur = i;
          if (act === 'approve') decide(i, 'approved');
          else if (act === 'reject') decide(i, 'rejected');
          else openEditor(i);
          selectRow(i, false);
          return;
        }
        selectRow(i, false);
      });
    });
    src.addEventListener('click', function (e) {
      var m = e.target.closest ? e.target.closest('mark[data-fact]') : null;
      if (!m) return;
      var i = rowIndexOf(m.getAttribute('data-fact'));
      if (i >= 0) selectRow(i);
    });
    summarySentences.forEach(function (el) {
      if (!el.classList.contains('linked')) return;
      el.addEventListener('click', function () { showSummarySentence(el); });
      el.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showSummarySentence(el); }
      });
    });
    issueItems.forEach(function (li, n) {
      li.addEventListener('click', function () { flagCur = n; focusIssue(n); });
    });

    document.addEventListener('keydown', function (e) {
      if (isTyping(e) || modified(e)) return;
      var k = e.key;
      if (k === '?') { toggleHelp(); return; }
      if (k === 'Escape') { toggleHelp(false); closeEditor(); clearHighlights(); return; }
      if (help && !help.hidden) return;
      if (k === 'j' || k === 'ArrowDown') { e.preventDefault(); selectRow(cur < 0 ? 0 : Math.min(rows.length - 1, cur + 1)); }
      else if (k === 'k' || k === 'ArrowUp') { e.preventDefault(); selectRow(cur < 0 ? 0 : Math.max(0, cur - 1)); }
      else if (k === 'n') nextFlagged();
      else if (k === 'a') decideAndAdvance('approved');
      else if (k === 'r') decideAndAdvance('rejected');
      else if (k === 'u' && cur >= 0) decide(cur, null);
      else if (k === 'c' && cur >= 0) { e.preventDefault(); openEditor(cur); }
      else if (k === 'g') { var back = one('a.back'); if (back) location.href = back.getAttribute('href'); }
    });
    updateProgress();
    // Start on the first undecided fact, so a reviewer can press a / r straight away.
    if (live && rows.length) {
      var firstOpen = rows.filter(function (r) { return !r.getAttribute('data-status'); })[0];
      selectRow(firstOpen ? rows.indexOf(firstOpen) : 0);
    }
  }
})();
`;
