/* quotecheck HTML report: builds the page from the embedded JSON; charts are Vega-Lite specs drawn by vega-embed. */
(function () {
  "use strict";
  const D = JSON.parse(document.getElementById("data").textContent);
  const STATUSES = ["error", "fail", "warn", "skip", "pass"];
  const COLORS = { error: "#8e44ad", fail: "#c0392b", warn: "#d68910", skip: "#95a5a6", pass: "#27ae60" };
  const statusScale = { domain: STATUSES, range: STATUSES.map((s) => COLORS[s]) };
  const OPTS = { actions: false, renderer: "svg" };

  function el(tag, attrs, ...kids) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") node.className = v; else if (k.startsWith("data-")) node.setAttribute(k, v); else node[k] = v;
    }
    for (const kid of kids) if (kid !== null && kid !== undefined) node.append(kid);
    return node;
  }

  function embed(target, spec) {
    return vegaEmbed(target, Object.assign({ $schema: "https://vega.github.io/schema/vega-lite/v6.json" }, spec), OPTS);
  }

  function where(path, line) { return line ? `${path}:${line}` : (path || ""); }

  /* ---------- overview ---------- */
  const s = D.summary;
  document.getElementById("totals").textContent =
    `${s.documents} documents, ${s.checks} checks: ${s.error} error, ${s.fail} fail, ${s.warn} warn, ${s.skip} skip, ${s.pass} pass` +
    (s.errors ? `; ${s.errors} unusable input(s)` : "") + (D.interrupted ? " (interrupted: partial)" : "");

  embed("#chart-status", {
    title: "Checks by status", data: { values: D.counts }, mark: "bar", width: 220, height: 160,
    encoding: {
      x: { field: "status", type: "nominal", sort: STATUSES, title: null },
      y: { aggregate: "sum", field: "n", type: "quantitative", title: "checks" },
      color: { field: "status", type: "nominal", scale: statusScale, legend: null },
      tooltip: [{ field: "status" }, { aggregate: "sum", field: "n", title: "checks" }],
    },
  });
  embed("#chart-site", {
    title: "Per site", data: { values: D.counts }, mark: "bar", width: 220, height: 160,
    encoding: {
      x: { field: "site", type: "nominal", title: null },
      y: { aggregate: "sum", field: "n", type: "quantitative", title: "checks", stack: "normalize", axis: { format: "%" } },
      color: { field: "status", type: "nominal", scale: statusScale },
      order: { field: "status", sort: "ascending" },
      tooltip: [{ field: "site" }, { field: "status" }, { aggregate: "sum", field: "n", title: "checks" }],
    },
  });
  const problemCounts = D.counts.filter((c) => c.status === "fail" || c.status === "warn" || c.status === "error");
  const ruleCount = new Set(problemCounts.map((c) => c.rule)).size;
  embed("#chart-rule", {
    title: "Problems per rule", data: { values: problemCounts }, mark: "bar", width: 320, height: Math.max(60, 14 * ruleCount),
    encoding: {
      y: { field: "rule", type: "nominal", sort: "-x", title: null },
      x: { aggregate: "sum", field: "n", type: "quantitative", title: "findings" },
      color: { field: "status", type: "nominal", scale: statusScale },
      tooltip: [{ field: "rule" }, { field: "status" }, { aggregate: "sum", field: "n", title: "findings" }],
    },
  });

  const sampled = Object.entries(D.sampled);
  if (sampled.length) {
    document.getElementById("sampled").append(el("p", { class: "muted" },
      "Sampled (a uniform sample per rule and status is listed): " + sampled.map(([r, v]) => `${r} ${v.shown} of ${v.total}`).join(", ")));
  }
  if (D.errors.length) {
    const box = el("div", { class: "card" }, el("strong", {}, `${D.errors.length} unusable input(s)`));
    for (const e of D.errors) box.append(el("div", { class: "where" }, `${where(e.path, e.line)}: ${e.error}: ${e.message}`));
    document.getElementById("errors").append(box);
  }
  if (D.notes.length) {  // what the parser noticed: pages cut off, currencies assumed, values it could not read
    const box = el("div", { class: "card" }, el("strong", {}, "Parser notes"),
      el("p", { class: "muted" }, "Not checks: what the parser noticed while reading the pages. A sample of each kind is listed."));
    for (const n of D.notes) {
      const list = el("details", { class: "note" }, el("summary", {},
        `${n.code}: ${n.pages} page(s)` + (n.total > n.shown.length ? ` (${n.shown.length} of ${n.total} notes listed)` : "")));
      for (const x of n.shown) list.append(el("div", { class: "where" }, `${where(x.path, x.line)}: ${x.message}`));
      box.append(list);
    }
    document.getElementById("notes").append(box);
  }

  /* ---------- findings ---------- */
  function sourceBlock(block) {
    const pre = el("pre", { class: "src" });
    if (block.page) pre.append(el("div", { class: "muted" }, block.page));
    for (const line of block.lines) {
      const row = el("span", { class: line.m.length ? "hit" : "" }, el("span", { class: "n" }, String(line.n)));
      const marks = line.m.slice().sort((a, b) => a[0] - b[0]);
      let at = 0;
      for (const [lo, hi, role] of marks) {
        if (lo < at) continue;
        row.append(line.t.slice(at, lo), el("mark", { class: role }, line.t.slice(lo, hi)));
        at = hi;
      }
      row.append(line.t.slice(at), "\n");
      pre.append(row);
    }
    return pre;
  }

  function intervalChart(target, f) {
    const rows = [{ what: "printed", lo: f.printed[0], hi: f.printed[1] }, { what: "recomputed", lo: f.recomputed[0], hi: f.recomputed[1] }];
    return embed(target, {
      title: "Recomputed interval against the printed value's interval", width: 420, height: 70, data: { values: rows },
      layer: [
        { mark: { type: "bar", height: 14 }, encoding: {
          y: { field: "what", type: "nominal", title: null },
          x: { field: "lo", type: "quantitative", scale: { zero: false }, title: "value" }, x2: { field: "hi" },
          color: { field: "what", type: "nominal", scale: { domain: ["printed", "recomputed"], range: ["#c0392b", "#2e86c1"] }, legend: null },
          tooltip: [{ field: "what" }, { field: "lo", format: ".8~g" }, { field: "hi", format: ".8~g" }] } },
        { mark: { type: "tick", thickness: 2, color: "#1c2833" }, encoding: {
          y: { field: "what", type: "nominal" }, x: { field: "lo", type: "quantitative" } } },
        { mark: { type: "tick", thickness: 2, color: "#1c2833" }, encoding: {
          y: { field: "what", type: "nominal" }, x: { field: "hi", type: "quantitative" } } },
      ],
    });
  }

  function revisionChart(target, f) {
    return embed(target, {
      title: "Values by capture date", width: 360, height: 140, data: { values: f.revision },
      mark: { type: "line", point: { size: 60 } },
      encoding: {
        x: { field: "date", type: "temporal", title: "page date" },
        y: { field: "value", type: "quantitative", scale: { zero: false } },
        tooltip: [{ field: "date" }, { field: "value" }, { field: "page" }],
      },
    });
  }

  function findingBody(f) {
    const body = el("div", { class: "body" }, el("p", {}, f.message));
    if (f.reason && !f.message.includes(f.reason)) body.append(el("p", { class: "muted" }, "Why: " + f.reason));
    for (const block of f.context) body.append(sourceBlock(block));
    if (f.formula) {
      const box = el("div", { class: "formula" }, el("div", {}, el("strong", {}, f.formula.name + ": "), f.formula.formula || ""));
      for (const step of f.formula.steps) box.append(el("div", {}, step));
      if (f.formula.result) box.append(el("div", {}, "printed result: " + f.formula.result));
      body.append(box);
    }
    if (f.inputs.length) {
      const table = el("table", { class: "inputs" });
      for (const q of f.inputs) table.append(el("tr", {}, el("td", {}, q.name || ""), el("td", {}, q.text || ""), el("td", { class: "where" }, where(q.path || "", q.line))));
      body.append(el("details", {}, el("summary", {}, `inputs (${f.inputs.length})`), table));
    }
    if (f.recomputed && f.printed) {
      const c = el("div", { class: "chart chart-interval" });
      body.append(c);
      intervalChart(c, f);
    }
    if (f.revision && f.revision.length > 1) {
      const c = el("div", { class: "chart chart-revision" });
      body.append(c);
      revisionChart(c, f);
    }
    if (f.source) body.append(el("p", { class: "muted" }, "Formula source: " + f.source));
    if (f.doc !== undefined) {
      body.append(el("a", { href: "#doc-" + f.doc, onclick: () => { const d = document.getElementById("doc-" + f.doc); if (d) d.open = true; } }, "plots of this page"));
    }
    return body;
  }

  const list = document.getElementById("list");
  const rows = D.findings.map((f, i) => {
    const d = el("details", { class: "finding", id: "finding-" + i, "data-status": f.status, "data-rule": f.rule, "data-site": f.site, "data-security": f.security },
      el("summary", {}, el("span", { class: "badge " + f.status }, f.status.toUpperCase()), el("span", { class: "rule" }, f.rule),
        f.subject || "", " ", el("span", { class: "where" }, where(f.path || "(across pages)", f.line))));
    d.addEventListener("toggle", () => { if (d.open && !d.dataset.built) { d.dataset.built = "1"; d.append(findingBody(f)); } });
    list.append(d);
    return d;
  });
  document.getElementById("total-count").textContent = String(rows.length);

  const FILTERS = [["status", "Status"], ["rule", "Rule"], ["site", "Site"], ["security", "Security"]];
  const filterBox = document.getElementById("filters");
  const selects = {};
  for (const [key, label] of FILTERS) {
    const values = [...new Set(D.findings.map((f) => f[key]))].sort();
    const sel = el("select", { id: "filter-" + key }, el("option", { value: "" }, "all"));
    for (const v of values) sel.append(el("option", { value: v }, v));
    sel.addEventListener("change", applyFilters);
    selects[key] = sel;
    filterBox.append(el("label", {}, label, sel));
  }
  function applyFilters() {
    let shown = 0;
    rows.forEach((row, i) => {
      const f = D.findings[i];
      const ok = FILTERS.every(([key]) => !selects[key].value || f[key] === selects[key].value);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    document.getElementById("shown-count").textContent = String(shown);
  }
  applyFilters();

  /* ---------- pages ---------- */
  function seriesChart(target, doc) {
    const values = doc.series.flatMap((s) => s.points.map(([period, value]) => ({ series: s.label, period, value })));
    return embed(target, {
      title: "History series", width: 420, height: 180, data: { values },
      mark: { type: "line", point: true },
      encoding: {
        x: { field: "period", type: "temporal", title: null },
        y: { field: "value", type: "quantitative", scale: { zero: false } },
        color: { field: "series", type: "nominal", legend: { orient: "bottom", columns: 1 } },
        tooltip: [{ field: "series" }, { field: "period" }, { field: "value" }],
      },
    });
  }
  function rangeChart(target, doc) {
    const r = doc.range;
    const marks = [["min", r.min], ["median", r.median], ["max", r.max], ["current", r.current], ["headline", r.headline]]
      .filter(([, v]) => v !== null && v !== undefined).map(([what, v]) => ({ what, v }));
    return embed(target, {
      title: "Range block", width: 420, height: 60,
      layer: [
        { data: { values: [{ lo: r.min, hi: r.max }] }, mark: { type: "rule", strokeWidth: 3, color: "#aab7b8" },
          encoding: { x: { field: "lo", type: "quantitative", scale: { zero: false }, title: null }, x2: { field: "hi" } } },
        { data: { values: marks }, mark: { type: "point", filled: true, size: 90 },
          encoding: { x: { field: "v", type: "quantitative" }, color: { field: "what", type: "nominal", legend: { orient: "bottom" } },
            shape: { field: "what", type: "nominal" }, tooltip: [{ field: "what" }, { field: "v" }] } },
      ],
    });
  }
  function mscoreChart(target, doc) {
    const values = doc.mscore.flatMap((m) => [
      { index: m.index, kind: "this page", v: m.value }, { index: m.index, kind: "non-manipulator mean", v: m.non },
      { index: m.index, kind: "manipulator mean", v: m.manip }]);
    return embed(target, {
      title: "M-score indices against Beneish (1999) means", width: 420, height: 200, data: { values },
      mark: { type: "point", filled: true, size: 80 },
      encoding: {
        y: { field: "index", type: "nominal", title: null }, x: { field: "v", type: "quantitative", scale: { zero: false }, title: null },
        color: { field: "kind", type: "nominal", scale: { domain: ["this page", "non-manipulator mean", "manipulator mean"], range: ["#1c2833", "#27ae60", "#c0392b"] }, legend: { orient: "bottom" } },
        shape: { field: "kind", type: "nominal" }, tooltip: [{ field: "index" }, { field: "kind" }, { field: "v" }],
      },
    });
  }
  const docsBox = document.getElementById("docs");
  for (const [i, doc] of Object.entries(D.docs)) {
    const plots = el("div", { class: "plots" });
    const d = el("details", { class: "doc", id: "doc-" + i, "data-series": String(doc.series.length) },
      el("summary", {}, el("span", { class: "where" }, doc.path || ""), ` ${doc.term || ""} · ${doc.security} · ${doc.as_of || "undated"}`), plots);
    d.addEventListener("toggle", () => {
      if (!d.open || d.dataset.built) return;
      d.dataset.built = "1";
      if (doc.series.length) { const c = el("div", { class: "chart chart-series" }); plots.append(c); seriesChart(c, doc); }
      if (doc.range) { const c = el("div", { class: "chart chart-range" }); plots.append(c); rangeChart(c, doc); }
      if (doc.mscore.length) { const c = el("div", { class: "chart chart-mscore" }); plots.append(c); mscoreChart(c, doc); }
      if (!plots.children.length) plots.append(el("p", { class: "muted" }, "No series, range block or M-score on this page."));
    });
    docsBox.append(d);
  }
})();
