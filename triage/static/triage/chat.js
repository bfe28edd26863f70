// Consultation chat: one WebSocket, reconnect with backoff, resume by sequence number,
// and an outbox so a message typed offline is sent exactly once (the server dedups by
// client_id, and the outbox survives reloads in localStorage).
(function () {
  "use strict";
  var consultationId = JSON.parse(document.getElementById("consultation-id").textContent);
  var t = JSON.parse(document.getElementById("i18n").textContent);
  var lang = document.documentElement.lang.indexOf("zh") === 0 ? "zh" : "en";
  var list = document.getElementById("messages");
  var conn = document.getElementById("conn");
  var errorBox = document.getElementById("error");
  var form = document.getElementById("composer");
  var input = document.getElementById("text");
  var outboxKey = "gp-outbox-" + consultationId;
  var outbox = JSON.parse(localStorage.getItem(outboxKey) || "[]");
  var lastSeq = 0, socket = null, delay = 500, seen = {};

  function saveOutbox() { localStorage.setItem(outboxKey, JSON.stringify(outbox)); }
  function newClientId() {
    return "c" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }
  function showError(err) {
    errorBox.textContent = (err.message && (err.message[lang] || err.message.en)) || err.code;
    errorBox.hidden = false;
  }

  function render(m, pending) {
    var id = "m-" + m.client_id;
    var li = document.getElementById(id) || document.createElement("li");
    li.id = id;
    li.className = (m.author_role === "staff" ? "mine" : m.author_role) + (pending ? " pending" : "");
    li.textContent = "";
    var meta = document.createElement("div");
    meta.className = "meta";
    meta.textContent = pending ? t.pending : "#" + m.seq + " · " + (m.author || m.author_role) +
      " · " + new Date(m.created_at).toLocaleTimeString(document.documentElement.lang);
    var body = document.createElement("div");
    body.textContent = m.text;
    li.appendChild(meta);
    li.appendChild(body);
    if (!li.parentNode) list.appendChild(li);
  }

  function accept(m) {
    if (seen[m.seq]) return;
    seen[m.seq] = true;
    lastSeq = Math.max(lastSeq, m.seq);
    outbox = outbox.filter(function (o) { return o.client_id !== m.client_id; });
    saveOutbox();
    render(m, false);
  }

  function renderTriage(frame) {
    var box = document.getElementById("triage");
    var a = frame.assessment || frame;
    box.className = "triage " + a.level;
    box.textContent = "";
    var h = document.createElement("strong");
    h.textContent = (a.level_label && (a.level_label[lang] || a.level_label.en)) || a.level;
    box.appendChild(h);
    (a.red_flags || []).forEach(function (f) {
      var p = document.createElement("div");
      p.textContent = "⚠ " + (f.label[lang] || f.label.en);
      box.appendChild(p);
    });
    (a.actions || []).forEach(function (x) {
      var p = document.createElement("div");
      p.textContent = "→ " + (x[lang] || x.en);
      box.appendChild(p);
    });
    (a.questions || []).forEach(function (q) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "chip";
      b.textContent = q.text[lang] || q.text.en;
      b.addEventListener("click", function () { if (input) { input.value = b.textContent; input.focus(); } });
      box.appendChild(b);
    });
    box.hidden = false;
  }

  function flush() {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    outbox.forEach(function (o) {
      socket.send(JSON.stringify({ type: "message", client_id: o.client_id, text: o.text }));
    });
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/ws/consultations/" + consultationId + "/");
    socket.onopen = function () { delay = 500; };
    socket.onmessage = function (e) {
      var f = JSON.parse(e.data);
      if (f.type === "hello") {
        conn.textContent = t.online;
        socket.send(JSON.stringify({ type: "resume", after: lastSeq }));
      } else if (f.type === "history") {
        f.messages.forEach(accept);
        if (f.has_more) socket.send(JSON.stringify({ type: "resume", after: lastSeq }));
        else flush();
        if (f.consultation && f.consultation.triage_level && f.triage) renderTriage(f.triage);
      } else if (f.type === "message") {
        accept(f.message);
      } else if (f.type === "triage") {
        renderTriage(f);
      } else if (f.type === "consultation") {
        document.getElementById("status").textContent = f.status;
      } else if (f.type === "error") {
        showError(f);
        if (f.client_id) {
          outbox = outbox.filter(function (o) { return o.client_id !== f.client_id; });
          saveOutbox();
        }
      }
    };
    socket.onclose = function (e) {
      conn.textContent = t.offline;
      if (e.code === 4401 || e.code === 4404) { showError({ code: "closed " + e.code }); return; }
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    };
  }

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
  }
  outbox.forEach(function (o) { render({ client_id: o.client_id, text: o.text, author_role: "staff" }, true); });
  connect();
})();
