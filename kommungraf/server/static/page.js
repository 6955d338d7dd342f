// kommungraf's query page: named queries, SPARQL, and full-text search against this server.
// Data only ever reaches the page through textContent and element properties, never as HTML.
"use strict";

(() => {
  const app = document.getElementById("app");
  const BASE = app.dataset.base;
  // SELECT and ASK come back as SPARQL JSON, CONSTRUCT and DESCRIBE as Turtle.
  const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
  const $ = (id) => document.getElementById(id);
  let library = {};

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  // Our IRIs link to this server's /id/ pages; other http(s) IRIs link out; anything else is text.
  function href(iri) {
    if (iri.startsWith(BASE)) return "/id/" + encodeURI(iri.slice(BASE.length));
    if (/^https?:\/\//i.test(iri)) return iri;
    return null;
  }

  function link(iri, text) {
    const h = href(iri);
    if (!h) return el("span", text || iri);
    const a = el("a", text || iri);
    a.href = h;
    return a;
  }

  function setStatus(text, kind) {
    const s = $("status");
    s.textContent = text;
    s.className = kind || "";
  }

  function clearOutput() {
    $("output").replaceChildren();
  }

  function termCell(term) {
    const td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.append(link(term.value));
    } else {
      td.append(el("span", term.value));
      if (term["xml:lang"]) td.append(" ", el("span", "@" + term["xml:lang"], "lang"));
    }
    return td;
  }

  function table(headers, rows) {
    const t = el("table", null, "results");
    t.id = "result-table";
    const tr = el("tr");
    for (const h of headers) tr.append(el("th", h));
    t.append(el("thead"), el("tbody"));
    t.tHead.append(tr);
    for (const cells of rows) {
      const r = el("tr");
      r.append(...cells);
      t.tBodies[0].append(r);
    }
    return t;
  }

  async function run(url, options) {
    setStatus("Running…");
    clearOutput();
    const started = performance.now();
    let resp;
    try {
      resp = await fetch(url, options);
    } catch (e) {
      setStatus("The server did not answer: " + e, "error");
      return;
    }
    const type = resp.headers.get("Content-Type") || "";
    if (!resp.ok) {
      let message = resp.statusText;
      try { message = (await resp.json()).error; } catch (e) { /* not JSON */ }
      setStatus(resp.status + ": " + message, "error");
      return;
    }
    const ms = Math.round(performance.now() - started);
    const truncated = resp.headers.get("X-Kommungraf-Truncated") === "true"
      ? " — cut off at the server's row cap" : "";
    if (type.startsWith("application/sparql-results+json")) {
      const data = await resp.json();
      if ("boolean" in data) {
        $("output").append(el("p", "Answer: " + data.boolean));
        setStatus(`ASK in ${ms} ms`);
        return;
      }
      const vars = data.head.vars;
      const rows = data.results.bindings.map((b) => vars.map((v) => termCell(b[v])));
      $("output").append(table(vars, rows));
      setStatus(`${rows.length} row(s) in ${ms} ms${truncated}`, truncated ? "warning" : "");
    } else {
      $("output").append(el("pre", await resp.text()));
      setStatus(`${type.split(";")[0]} in ${ms} ms${truncated}`, truncated ? "warning" : "");
    }
  }

  function showNamed() {
    const nq = library[$("named-select").value];
    const box = $("named-params");
    box.replaceChildren();
    $("named-description").textContent = nq ? nq.description : "";
    if (!nq) return;
    for (const p of nq.params) {
      const row = el("div", null, "param");
      const id = "param-" + p.name;
      const label = el("label", `${p.name}${p.required ? " (required)" : ""}`);
      label.htmlFor = id;
      const input = el("input");
      input.type = "text";
      input.id = id;
      input.name = p.name;
      input.placeholder = p.help;
      input.required = p.required;
      row.append(label, input);
      box.append(row);
    }
  }

  async function loadLibrary() {
    const resp = await fetch("/queries", { headers: { Accept: "application/json" } });
    const select = $("named-select");
    for (const nq of await resp.json()) {
      library[nq.name] = nq;
      const option = el("option", nq.title);
      option.value = nq.name;
      select.append(option);
    }
    showNamed();
  }

  $("named-select").addEventListener("change", showNamed);

  $("named-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const name = $("named-select").value;
    const params = new URLSearchParams();
    for (const input of $("named-params").querySelectorAll("input")) {
      if (input.value !== "") params.set(input.name, input.value);
    }
    const query = params.toString();
    run("/queries/" + encodeURIComponent(name) + (query ? "?" + query : ""), { headers: { Accept: ACCEPT } });
  });

  $("sparql-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: ACCEPT },
      body: new URLSearchParams({ query: $("query").value }),
    });
  });

  $("search-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    setStatus("Searching…");
    clearOutput();
    const resp = await fetch("/search?" + new URLSearchParams({ q: $("search-q").value, limit: "50" }));
    const data = await resp.json();
    if (!resp.ok) {
      setStatus(resp.status + ": " + data.error, "error");
      return;
    }
    const rows = data.hits.map((hit, i) => {
      const title = el("td");
      title.append(link(hit.paragraph, hit.title || hit.paragraph));
      return [el("td", i + 1), el("td", hit.municipality), el("td", hit.body), el("td", hit.date),
        el("td", "§ " + hit.number), title, el("td", hit.snippet)];
    });
    $("output").append(table(["#", "municipality", "body", "date", "§", "title", "text"], rows));
    setStatus(`${rows.length} paragraph(s)`);
  });

  loadLibrary().catch((e) => setStatus("Could not load the named queries: " + e, "error"));
})();
