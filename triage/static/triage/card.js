// Renders an AI suggestion (the "suggestion" frame of knowledge/schema.py's payload) as a
// card that always says what it is: an AI draft pending GP review, until a GP decided.
(function () {
  "use strict";
  var FLAGS = { citations: 1, language: 1, is_prescription: 1, blocked: 1, in_sources: 1,
    medication_notice: 1, triage_level: 1 };
  var MEDS = { medications: 1, medicines: 1 };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function pick(obj, lang) {
    if (!obj) return "";
    if (typeof obj === "string") return obj;
    return obj[lang] || obj.en || obj.zh || "";
  }

  function Card(state, opts) {
    this.opts = opts;
    this.state = state;
    this.root = el("div", "draft");
    this.root.dataset.suggestion = state.id;
    this.root.setAttribute("role", "article");
    this.label = el("span", "draft-label");
    var head = el("div", "draft-head");
    head.appendChild(this.label);
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "muted small", opts.t["kind_" + state.kind] || state.kind));
    this.root.appendChild(head);
    this.decision = el("p", "decision");
    this.decision.hidden = true;
    this.root.appendChild(this.decision);
    this.body = el("div", "body");
    this.root.appendChild(this.body);
    this.root.setAttribute("aria-label", pick(state.label, opts.lang));
    this.setLabel(pick(state.label, opts.lang));
    this.renderBody(state.payload);
    this.renderExtras(state);
    if (state.reviewed) this.reviewed(state.reviewed);
  }

  Card.prototype.setLabel = function (text) { this.label.textContent = text; };

  Card.prototype.citeLinks = function (parent, ids) {
    var self = this;
    (ids || []).forEach(function (cid) {
      var a = el("a", "cite", "[" + cid + "]");
      a.href = "#" + self.opts.sourceAnchor(self.state.id, cid);
      parent.appendChild(a);
    });
  };

  Card.prototype.medList = function (meds) {
    var t = this.opts.t, ul = el("ul", "meds");
    meds.forEach(function (m) {
      var li = el("li", "med");
      li.textContent = [m.name, m.dose, m.note].filter(Boolean).join(" · ") +
        " (" + t.not_prescription + ")" + (m.blocked ? " [" + t.blocked + "]" : "");
      ul.appendChild(li);
    });
    return ul;
  };

  Card.prototype.itemLine = function (obj, into) {
    var self = this, texts = [];
    Object.keys(obj).forEach(function (k) {
      var v = obj[k];
      if (FLAGS[k] || v === null || v === undefined || v === "") return;
      if (typeof v === "string") texts.push(k === "likelihood" ? "(" + (self.opts.labels[v] || v) + ")" : v);
      else if (Array.isArray(v) && v.length && typeof v[0] === "string") texts.push(v.join("；"));
    });
    into.appendChild(document.createTextNode(texts.join(" · ")));
    this.citeLinks(into, obj.citations);
    Object.keys(obj).forEach(function (k) {
      var v = obj[k];
      if (MEDS[k] && Array.isArray(v) && v.length) into.appendChild(self.medList(v));
      else if (!FLAGS[k] && Array.isArray(v) && v.length && typeof v[0] === "object") {
        var ul = el("ul");
        v.forEach(function (x) { var li = el("li"); self.itemLine(x, li); ul.appendChild(li); });
        into.appendChild(ul);
      }
    });
  };

  Card.prototype.renderBody = function (payload) {
    var self = this, labels = this.opts.labels;
    this.body.textContent = "";
    payload = payload || {};
    Object.keys(payload).forEach(function (key) {
      var v = payload[key];
      if (FLAGS[key] || v === null || v === undefined || (Array.isArray(v) && !v.length)) return;
      self.body.appendChild(el("h4", null, labels[key] || key.replace(/_/g, " ")));
      if (typeof v === "string") self.body.appendChild(el("p", null, v));
      else if (Array.isArray(v)) {
        var ul = el("ul");
        v.forEach(function (x) {
          var li = el("li");
          if (typeof x === "object" && x) self.itemLine(x, li); else li.textContent = String(x);
          ul.appendChild(li);
        });
        self.body.appendChild(ul);
      } else if (typeof v === "object") {
        var p = el("p");
        self.itemLine(v, p);
        self.body.appendChild(p);
      }
    });
    if (payload.medication_notice) {
      this.body.appendChild(el("p", "med", pick(payload.medication_notice, this.opts.lang)));
    }
  };

  Card.prototype.renderExtras = function (state) {
    var self = this, t = this.opts.t, lang = this.opts.lang;
    if (state.notices && state.notices.length) {
      var box = el("div", "notices");
      box.appendChild(el("h4", null, t.notices));
      var ul = el("ul");
      state.notices.forEach(function (n) { ul.appendChild(el("li", n.severity, pick(n.message, lang))); });
      box.appendChild(ul);
      this.root.appendChild(box);
    }
    if (this.opts.showSources && state.passages && state.passages.length) {
      var src = el("details", "sources");
      src.appendChild(el("summary", null, t.sources + " (" + state.passages.length + ")"));
      var ol = el("ol");
      state.passages.forEach(function (p) {
        var li = el("li", null, "[" + p.id + "] " + p.title + (p.section ? " · " + p.section : ""));
        li.id = self.opts.sourceAnchor(state.id, p.id);
        ol.appendChild(li);
      });
      src.appendChild(ol);
      this.root.appendChild(src);
    }
  };

  Card.prototype.reviewed = function (r) {
    var t = this.opts.t;
    this.root.classList.add("reviewed", r.status);
    this.root.dataset.status = r.status;
    this.setLabel((t[r.status] || r.status) + " · " + r.gp);
    this.decision.textContent = r.reason ? t.reason + ": " + r.reason : "";
    this.decision.hidden = !r.reason;
    if (r.payload && r.status !== "rejected") this.renderBody(r.payload);
  };

  window.GPCard = Card;
})();
