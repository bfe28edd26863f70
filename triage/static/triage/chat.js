// Consultation chat: one WebSocket, reconnect with backoff, resume by sequence number,
// and an outbox so a message typed offline is sent exactly once (the server dedups by
// client_id, and the outbox survives reloads in localStorage).
(function () {
  "use strict";
  function json(id) { return JSON.parse(document.getElementById(id).textContent); }
  var consultationId = json("consultation-id");
  var t = json("i18n");
  var lang = document.documentElement.lang.indexOf("zh") === 0 ? "zh" : "en";
  var cardOpts = { t: t, lang: lang, labels: json("field-labels"), showSources: true,
    sourceAnchor: function (sid, pid) { return "s" + sid + "-" + pid; } };
  var list = document.getElementById("messages");
  var conn = document.getElementById("conn");
  var statusEl = document.getElementById("status");
  var errorBox = document.getElementById("error");
  var form = document.getElementById("composer");
  var input = document.getElementById("text");
  var outboxKey = "gp-outbox-" + consultationId;
  var outbox = JSON.parse(localStorage.getItem(outboxKey) || "[]");
  var lastSeq = 0, socket = null, delay = 500, seen = {}, cards = {}, streams = {}, retryTimer = null;
  var pendingSuggestions = json("initial-suggestions");

  function saveOutbox() { localStorage.setItem(outboxKey, JSON.stringify(outbox)); }
  function newClientId() {
    return "c" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }
  function pick(o) { return o ? (typeof o === "string" ? o : (o[lang] || o.en || "")) : ""; }
  function showError(text) { errorBox.textContent = text; errorBox.hidden = false; }
  function setConn(state, text) { conn.dataset.state = state; conn.textContent = text; }

  function render(m, pending) {
    var id = "m-" + m.client_id;
    var li = document.getElementById(id) || document.createElement("li");
    li.id = id;
    li.className = (m.author_role === "staff" ? "mine" : m.author_role) + (pending ? " pending" : "");
    if (m.seq) li.dataset.seq = m.seq;
    li.textContent = "";
    var meta = document.createElement("div");
    meta.className = "meta";
    meta.textContent = pending ? t.pending : "#" + m.seq + " · " + (m.author || m.author_role) +
      " · " + new Date(m.created_at).toLocaleTimeString(document.documentElement.lang);
    var body = document.createElement("div");
    body.textContent = m.text;
    li.appendChild(meta);
    li.appendChild(body);
    if (!li.parentNode) list.insertBefore(li, m.seq ? firstAfter(m.seq) : null);
  }

  // The first message with a higher sequence number (null if none): a new message goes
  // before it, so the list stays in order when one message overtakes another on the way
  // (the sender's own echo comes straight back, the others through the channel layer).
  function firstAfter(seq) {
    var later = Array.prototype.find.call(list.querySelectorAll("li[data-seq]"), function (li) {
      return +li.dataset.seq > seq;
    });
    return later || null;
  }

  function accept(m) {
    if (seen[m.seq]) return;
    seen[m.seq] = true;
    lastSeq = Math.max(lastSeq, m.seq);
    outbox = outbox.filter(function (o) { return o.client_id !== m.client_id; });
    saveOutbox();
    render(m, false);
  }

  // Cards sit after the message they answer (a visit's summary at the end).
  function place(node, seq) {
    var li = document.createElement("li");
    li.className = "suggestion-item";
    li.appendChild(node);
    var anchor = seq ? list.querySelector('li[data-seq="' + seq + '"]') : null;
    if (!anchor) { list.appendChild(li); return li; }
    while (anchor.nextSibling && anchor.nextSibling.classList.contains("suggestion-item")) anchor = anchor.nextSibling;
    list.insertBefore(li, anchor.nextSibling);
    return li;
  }

  function onDraft(f) {
    var s = streams[f.message_seq];
    if (!s) {
      var box = document.createElement("div");
      box.className = "draft streaming";
      box.setAttribute("aria-busy", "true");
      var label = document.createElement("span");
      label.className = "draft-label";
      label.textContent = t.writing;
      var pre = document.createElement("div");
      pre.className = "stream";
      box.appendChild(label);
      box.appendChild(pre);
      s = streams[f.message_seq] = { li: place(box, f.message_seq), pre: pre, text: "" };
    }
    if (f.offset <= s.text.length) s.text = s.text.slice(0, f.offset) + f.delta;
    s.pre.textContent = s.text;
    s.pre.scrollTop = s.pre.scrollHeight;
    document.body.dataset.draftFrames = (+document.body.dataset.draftFrames || 0) + 1;
  }

  function onSuggestion(state) {
    if (cards[state.id]) return;
    var card = new window.GPCard(state, cardOpts);
    cards[state.id] = card;
    var s = state.message_seq && streams[state.message_seq];
    if (s) {
      s.li.textContent = "";
      s.li.appendChild(card.root);
      delete streams[state.message_seq];
    } else {
      place(card.root, state.message_seq);
    }
  }

  function onReviewed(f) {
    var card = cards[f.suggestion];
    if (card) card.reviewed(f);
  }

  function renderTriage(frame) {
    var box = document.getElementById("triage");
    var a = frame.assessment || frame;
    box.className = "triage " + a.level;
    box.dataset.level = a.level;
    box.textContent = "";
    var head = document.createElement("div");
    head.className = "triage-head";
    var lv = document.createElement("span");
    lv.className = "level " + a.level;
    var shape = document.createElement("span");
    shape.className = "shape";
    shape.setAttribute("aria-hidden", "true");
    var strong = document.createElement("strong");
    strong.textContent = pick(a.level_label) || a.level;
    lv.appendChild(shape);
    lv.appendChild(strong);
    head.appendChild(lv);
    box.appendChild(head);
    function section(items, cls, fmt) {
      if (!items || !items.length) return;
      var ul = document.createElement("ul");
      ul.className = cls;
      items.forEach(function (x) { var li = document.createElement("li"); li.textContent = fmt(x); ul.appendChild(li); });
      box.appendChild(ul);
    }
    section(a.red_flags, "flags", function (f) { return pick(f.label); });
    section(a.actions, "actions-now", function (x) { return pick(x); });
    if (a.questions && a.questions.length) {
      var chips = document.createElement("div");
      chips.className = "chips";
      chips.setAttribute("role", "group");
      chips.setAttribute("aria-label", t.ask);
      a.questions.forEach(function (q) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "chip";
        b.textContent = pick(q.text);
        b.addEventListener("click", function () {
          if (!input) return;
          input.value = input.value ? input.value.replace(/\s*$/, "\n") + b.textContent : b.textContent;
          input.focus();
        });
        chips.appendChild(b);
      });
      box.appendChild(chips);
    }
    box.hidden = false;
  }

  function onConsultation(f) {
    statusEl.dataset.status = f.status;
    statusEl.textContent = t["status_" + f.status] || f.status;
    if (f.status !== "open") {
      [form, document.querySelector(".close-visit")].forEach(function (x) { if (x) x.hidden = true; });
    }
  }

  function flush() {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    outbox.forEach(function (o) {
      socket.send(JSON.stringify({ type: "message", client_id: o.client_id, text: o.text }));
    });
  }

  function connect() {
    clearTimeout(retryTimer);
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var ws = socket = new WebSocket(scheme + location.host + "/ws/consultations/" + consultationId + "/");
    ws.onmessage = function (e) {
      var f = JSON.parse(e.data);
      if (f.type === "hello") {
        delay = 500;
        setConn("online", t.online);
        ws.send(JSON.stringify({ type: "resume", after: lastSeq }));
      } else if (f.type === "history") {
        f.messages.forEach(accept);
        if (f.has_more) { ws.send(JSON.stringify({ type: "resume", after: lastSeq })); return; }
        if (f.triage) renderTriage(f.triage);
        if (f.consultation) onConsultation(f.consultation);
        if (pendingSuggestions) {
          pendingSuggestions.forEach(onSuggestion);
          pendingSuggestions = null;
        }
        flush();
      } else if (f.type === "message") {
        accept(f.message);
      } else if (f.type === "triage") {
        renderTriage(f);
      } else if (f.type === "draft") {
        onDraft(f);
      } else if (f.type === "suggestion") {
        onSuggestion(f);
      } else if (f.type === "reviewed") {
        onReviewed(f);
      } else if (f.type === "consultation") {
        onConsultation(f);
      } else if (f.type === "error") {
        showError(pick(f.message) || f.code);
        if (f.client_id) {
          outbox = outbox.filter(function (o) { return o.client_id !== f.client_id; });
          saveOutbox();
          var li = document.getElementById("m-" + f.client_id);
          if (li) li.remove();
        }
      }
    };
    ws.onclose = function (e) {
      if (ws !== socket) return;
      socket = null;
      if (e.code === 4401 || e.code === 4404) {
        setConn("offline", t["closed_" + e.code]);
        showError(t["closed_" + e.code]);
        return;
      }
      setConn("offline", t.offline);
      retryTimer = setTimeout(connect, delay + Math.random() * delay * 0.3);
      delay = Math.min(delay * 2, 15000);
    };
  }

  // The browser knows before TCP does: drop the socket at once when it goes offline, and
  // reconnect without waiting for the backoff when it comes back.
  window.addEventListener("offline", function () {
    if (socket) { var s = socket; socket = null; s.close(); }
    setConn("offline", t.offline);
    clearTimeout(retryTimer);
  });
  window.addEventListener("online", function () {
    delay = 500;
    setConn("connecting", t.reconnecting);
    if (!socket) connect();
  });

  if (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = input.value.trim();
      if (!text) return;
      var item = { client_id: newClientId(), text: text };
      outbox.push(item);
      saveOutbox();
      render({ client_id: item.client_id, text: text, author_role: "staff" }, true);
      input.value = "";
      errorBox.hidden = true;
      if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ type: "message", client_id: item.client_id, text: text }));
      }
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); }
    });
  }
  outbox.forEach(function (o) { render({ client_id: o.client_id, text: o.text, author_role: "staff" }, true); });
  connect();
})();
