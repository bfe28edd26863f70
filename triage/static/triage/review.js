// The GP's side: the live review queue (/ws/review/) and the review screen's lock,
// keyboard shortcuts (a approve, e edit, r reject, n next) and in-place editing.
(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }
  function json(id) { var e = $(id); return e ? JSON.parse(e.textContent) : null; }
  var lang = document.documentElement.lang.indexOf("zh") === 0 ? "zh" : "en";
  var me = json("me");
  var queueEl = $("queue");
  var suggestionId = json("suggestion-id");
  var qt = json("queue-i18n") || json("i18n");
  var conn = $("conn");
  var RANK = { emergency: 3, urgent: 2, non_urgent: 1, self_care: 0 };
  var items = {}, socket = null, delay = 500, retryTimer = null, lockTimer = null;

  function pick(o) { return o ? (typeof o === "string" ? o : (o[lang] || o.en || "")) : ""; }
  function fmt(template, name) { return template.replace("%(name)s", name); }
  function setConn(state, text) { if (conn) { conn.dataset.state = state; conn.textContent = text; } }

  // --- The queue page ------------------------------------------------------------------
  function waited(created) {
    var s = Math.max(0, Math.floor((Date.now() - Date.parse(created)) / 1000));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    return (h ? h + ":" + String(m).padStart(2, "0") : m) + ":" + String(sec).padStart(2, "0");
  }
  function levelBadge(level) {
    var span = document.createElement("span");
    span.className = "level " + (level || "none");
    var shape = document.createElement("span");
    shape.className = "shape";
    shape.setAttribute("aria-hidden", "true");
    var text = document.createElement("span");
    text.className = "level-text";
    text.textContent = qt["level_" + (level || "none")];
    span.appendChild(shape);
    span.appendChild(text);
    return span;
  }
  function rank(level) { return level in RANK ? RANK[level] : -1; }
  function renderQueue() {
    if (!queueEl) return;
    var list = Object.keys(items).map(function (k) { return items[k]; });
    list.sort(function (a, b) {
      var r = rank(b.triage_level) - rank(a.triage_level);
      return r || Date.parse(a.created_at) - Date.parse(b.created_at);
    });
    queueEl.textContent = "";
    if (!list.length) {
      var empty = document.createElement("li");
      empty.className = "muted empty";
      empty.textContent = qt.empty;
      queueEl.appendChild(empty);
    }
    list.forEach(function (it) {
      var li = document.createElement("li");
      li.className = "q-item " + (it.triage_level || "none") + (it.escalated ? " escalated" : "");
      li.dataset.id = it.id;
      var a = document.createElement("a");
      a.href = "/review/" + it.id + "/";
      a.appendChild(levelBadge(it.triage_level));
      var who = document.createElement("strong");
      who.className = "patient";
      who.textContent = it.patient;
      a.appendChild(who);
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = it.clinic + " · " + (qt["kind_" + it.kind] || it.kind);
      li.appendChild(meta);
      var wait = document.createElement("span");
      wait.className = "wait";
      wait.dataset.created = it.created_at;
      wait.textContent = qt.waiting + " " + waited(it.created_at);
      li.appendChild(wait);
      if (it.escalated) {
        var al = document.createElement("span");
        al.className = "lock";
        al.textContent = qt.alarm;
        li.appendChild(al);
      }
      if (it.locked_by) {
        var lock = document.createElement("span");
        lock.className = "lock";
        lock.textContent = fmt(qt.opened_by, it.locked_by.gp === me ? qt.you : it.locked_by.name);
        li.appendChild(lock);
      }
      if (it.red_flags && it.red_flags.length) {
        var flags = document.createElement("span");
        flags.className = "flags";
        flags.textContent = it.red_flags.map(function (f) { return pick(f.label); }).join(" · ");
        li.appendChild(flags);
      }
      queueEl.appendChild(li);
    });
  }
  function tick() {
    Array.prototype.forEach.call(document.querySelectorAll(".q-item .wait"), function (w) {
      w.textContent = qt.waiting + " " + waited(w.dataset.created);
    });
  }

  // --- The review screen ---------------------------------------------------------------
  var lockEl = $("lock");
  function showLock(holder) {
    if (!lockEl) return;
    lockEl.hidden = !(holder && holder.gp !== me);
    if (holder && holder.gp !== me) lockEl.textContent = fmt(qt.locked_here, holder.name);
  }
  function taken() {
    if (!lockEl) return;
    lockEl.hidden = false;
    lockEl.textContent = qt.taken;
    ["decide", "edit-form"].forEach(function (id) { if ($(id)) $(id).hidden = true; });
  }

  function onFrame(f) {
    if (f.type === "queue") {
      items = {};
      f.items.forEach(function (it) { items[it.id] = it; });
      renderQueue();
      if (suggestionId) {
        if (items[suggestionId]) {
          showLock(items[suggestionId].locked_by);
          socket.send(JSON.stringify({ type: "open", suggestion: suggestionId }));
          // The lock expires after REVIEW_LOCK_SECONDS (120 s) unless refreshed.
          clearInterval(lockTimer);
          lockTimer = setInterval(function () {
            if (socket && socket.readyState === WebSocket.OPEN && items[suggestionId]) {
              socket.send(JSON.stringify({ type: "open", suggestion: suggestionId }));
            }
          }, 60000);
        }
      }
    } else if (f.type === "queue.item") {
      items[f.item.id] = Object.assign({}, items[f.item.id] || {}, f.item);
      renderQueue();
    } else if (f.type === "queue.removed") {
      delete items[f.id];
      renderQueue();
      if (f.id === suggestionId && !submitting) taken();
    } else if (f.type === "queue.consultation") {
      Object.keys(items).forEach(function (k) {
        if (items[k].consultation === f.consultation) {
          items[k].triage_level = f.triage_level;
          items[k].red_flags = f.red_flags;
        }
      });
      renderQueue();
    } else if (f.type === "queue.lock") {
      if (items[f.id]) { items[f.id].locked_by = f.locked_by; renderQueue(); }
      if (f.id === suggestionId) showLock(f.locked_by);
    } else if (f.type === "queue.alarm") {
      items[f.item.id] = Object.assign({}, items[f.item.id] || {}, f.item, { escalated: true });
      renderQueue();
      var alarm = $("alarm");
      if (alarm) { alarm.hidden = false; alarm.textContent = qt.alarm + ": " + f.item.patient + " · " + f.item.clinic; }
    } else if (f.type === "opened") {
      if (f.suggestion === suggestionId) showLock(f.locked_by);
    }
  }

  function connect() {
    clearTimeout(retryTimer);
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var ws = socket = new WebSocket(scheme + location.host + "/ws/review/");
    ws.onopen = function () { delay = 500; setConn("online", qt.online); };
    ws.onmessage = function (e) { onFrame(JSON.parse(e.data)); };
    ws.onclose = function (e) {
      if (ws !== socket) return;
      setConn("offline", qt.offline);
      if (e.code === 4401 || e.code === 4403) return;
      retryTimer = setTimeout(connect, delay + Math.random() * delay * 0.3);
      delay = Math.min(delay * 2, 15000);
    };
  }
  window.addEventListener("online", function () { delay = 500; connect(); });

  // --- Review screen: the card, editing, shortcuts ---------------------------------------
  var submitting = false;
  if (suggestionId) {
    var state = json("suggestion-state");
    var card = new window.GPCard(state, { t: json("i18n"), lang: lang, labels: json("field-labels"),
      showSources: false, sourceAnchor: function (sid, pid) { return "src-" + pid; } });
    $("draft-card").appendChild(card.root);
    var editForm = $("edit-form"), decide = $("decide");
    var startEdit = function () {
      if (!editForm) return;
      editForm.hidden = false;
      decide.hidden = true;
      var first = editForm.querySelector("textarea, input:not([type=hidden]), select");
      if (first) first.focus();
    };
    var cancelEdit = function () { editForm.hidden = true; decide.hidden = false; $("edit").focus(); };
    if ($("edit")) $("edit").addEventListener("click", startEdit);
    if ($("cancel-edit")) $("cancel-edit").addEventListener("click", cancelEdit);
    Array.prototype.forEach.call(document.querySelectorAll("form[action$='/decide/']"), function (f) {
      f.addEventListener("submit", function () { submitting = true; });
    });
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var tag = (e.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "textarea" || tag === "select") {
        if (e.key === "Escape" && editForm && !editForm.hidden) cancelEdit();
        return;
      }
      if (e.key === "a" && $("approve-form") && !decide.hidden) { e.preventDefault(); $("approve-form").requestSubmit(); }
      else if (e.key === "e" && editForm) { e.preventDefault(); startEdit(); }
      else if (e.key === "r" && $("reject-reason") && !decide.hidden) { e.preventDefault(); $("reject-reason").focus(); }
      else if (e.key === "n" && $("next")) { e.preventDefault(); location.href = $("next").href; }
    });
  }

  // The server-rendered queue stays until the live snapshot replaces it.
  if (queueEl) setInterval(tick, 1000);
  if (queueEl || (suggestionId && $("decide"))) connect();
})();
