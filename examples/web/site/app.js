// The page around the library: it builds the self-check form from eligibility.Facts, passes
// the application's JSON to the library (compiled to WebAssembly) and shows what the library
// answers. It decides nothing itself.
"use strict";

const state = {
  lang: "zh",
  meta: null,
  facts: [],
  imported: null, // the last imported application: keys the form does not show (reviews) are kept
  cohortBytes: null, // the CSV last loaded (null: the sample)
  cohortLoaded: false,
  checked: null,
};
const $ = (id) => document.getElementById(id);
const pick = (zh, en) => (state.lang === "en" ? en : zh);

function showStatus(zh, en, isError) {
  const s = $("status");
  s.hidden = false;
  s.dataset.zh = zh;
  s.dataset.en = en;
  s.textContent = pick(zh, en);
  s.className = isError ? "error" : "";
}

// A failure of the page itself is shown, never a blank page.
window.addEventListener("error", (e) => showStatus("页面出错：" + e.message, "The page failed: " + e.message, true));
window.addEventListener("unhandledrejection", (e) => showStatus("页面出错：" + e.reason, "The page failed: " + e.reason, true));

// call runs a library function and returns its parsed answer, or {error: {zh, en}}.
function call(name, ...args) {
  try {
    return JSON.parse(window.lhasa[name](...args));
  } catch (e) {
    return { error: { zh: "页面出错：" + e, en: "The page failed: " + e } };
  }
}

function translate() {
  document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
  for (const el of document.querySelectorAll("[data-zh]")) {
    el.textContent = pick(el.dataset.zh, el.dataset.en);
  }
}

// ---- the self-check -------------------------------------------------------------------

function choiceLabel(c) {
  return state.lang === "en" ? c.en + " (" + c.zh + ")" : c.zh;
}

function option(value, text) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = text;
  return o;
}

function fillTypes() {
  const t = $("type");
  const keep = t.value;
  t.replaceChildren();
  for (const c of state.meta.types) t.append(option(c.code, choiceLabel(c)));
  if (keep) t.value = keep;
  const cat = $("category");
  const keepCat = cat.value;
  cat.replaceChildren(option("", pick("（未选择）", "(not chosen)")));
  for (const c of state.meta.categories) cat.append(option(c.code, choiceLabel(c)));
  cat.value = keepCat;
}

function inputId(path) {
  return "f-" + path.replace(/[.\[\]]/g, "-");
}

// control builds the input of one scalar fact (kind other than list).
function control(f, id) {
  let el;
  switch (f.kind) {
    case "yes_no":
      el = document.createElement("select");
      el.append(option("", pick("（未填）", "(not given)")), option("true", pick("是", "yes")), option("false", pick("否", "no")));
      break;
    case "choice":
      el = document.createElement("select");
      el.append(option("", pick("（未填）", "(not given)")));
      for (const c of f.choices) el.append(option(c.code, choiceLabel(c)));
      break;
    case "date":
      el = document.createElement("input");
      el.type = "date";
      break;
    case "count":
      el = document.createElement("input");
      el.type = "text";
      el.inputMode = "numeric";
      break;
    case "area":
    case "money":
      el = document.createElement("input");
      el.type = "text";
      el.inputMode = "decimal";
      break;
    default: // text, code
      el = document.createElement("input");
      el.type = "text";
      if (f.choices && f.choices.length) {
        const dl = document.createElement("datalist");
        dl.id = id + "-list";
        for (const c of f.choices) dl.append(option(c.code, c.zh));
        el.setAttribute("list", dl.id);
        el.dataset.datalist = dl.id;
        el._datalist = dl;
      }
  }
  el.id = id;
  el.dataset.kind = f.kind;
  return el;
}

function factLabel(f) {
  let s = pick(f.zh, f.en);
  if (f.unit) s += "（" + pick(f.unit_zh, f.unit_en) + "）";
  if (f.optional) s += pick("（可选）", " (optional)");
  return s;
}

function rulesTitle(f) {
  return f.rules && f.rules.length ? pick("用于：", "feeds: ") + f.rules.join(", ") : pick("仅供显示", "for display only");
}

function buildForm() {
  const form = $("form");
  form.replaceChildren();
  for (const f of state.facts) {
    if (f.path === state.meta.category_path) continue; // chosen above the form
    const row = document.createElement("div");
    row.className = "fact";
    row.title = rulesTitle(f);
    const label = document.createElement("label");
    label.textContent = factLabel(f);
    row.append(label);
    if (f.kind === "list") {
      row.append(listControl(f));
    } else {
      const el = control(f, inputId(f.path));
      el.dataset.path = f.path;
      label.htmlFor = el.id;
      row.append(el);
      if (el._datalist) row.append(el._datalist);
    }
    form.append(row);
  }
}

// listControl is a list fact: not given, or given (possibly empty) with its rows.
function listControl(f) {
  const box = document.createElement("div");
  box.className = "list";
  box.id = inputId(f.path);
  box.dataset.path = f.path;
  box.dataset.kind = "list";
  const given = document.createElement("select");
  given.className = "given";
  given.id = box.id + "-given";
  given.append(option("", pick("（未填）", "(not given)")), option("given", pick("已提供（可为空）", "given (may be empty)")));
  const rows = document.createElement("div");
  rows.className = "rows";
  const add = document.createElement("button");
  add.type = "button";
  add.className = "add";
  add.id = box.id + "-add";
  add.textContent = pick("添加一项", "add one");
  add.hidden = true;
  given.addEventListener("change", () => {
    add.hidden = given.value !== "given";
    rows.hidden = add.hidden;
  });
  add.addEventListener("click", () => addListRow(f, box, {}));
  box.append(given, add, rows);
  box._fact = f;
  return box;
}

function addListRow(f, box, value) {
  const rows = box.querySelector(".rows");
  const row = document.createElement("div");
  row.className = "item";
  const n = rows.children.length;
  for (const e of f.elem) {
    const id = box.id + "-" + n + "-" + (e.path || "v");
    const label = document.createElement("label");
    label.textContent = factLabel(e);
    const el = control(e, id);
    el.dataset.key = e.path;
    label.htmlFor = id;
    const v = e.path ? value[e.path] : value;
    if (v !== undefined && v !== null && typeof v !== "object") el.value = String(v);
    row.append(label, el);
    if (el._datalist) row.append(el._datalist);
  }
  const del = document.createElement("button");
  del.type = "button";
  del.textContent = pick("删除", "remove");
  del.addEventListener("click", () => row.remove());
  row.append(del);
  rows.append(row);
}

// value reads one input as JSON: a count as a number when it is one (anything else is
// passed as typed, for the library to refuse by name), yes/no as a boolean, the rest as text.
function value(el) {
  const v = el.value.trim();
  if (v === "") return undefined;
  switch (el.dataset.kind) {
    case "count":
      return /^-?\d+$/.test(v) ? Number(v) : v;
    case "yes_no":
      return v === "true";
  }
  return v;
}

function setPath(obj, path, v) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== "object" || o[k] === null || Array.isArray(o[k])) o[k] = {};
    o = o[k];
  }
  o[keys[keys.length - 1]] = v;
}

function getPath(obj, path) {
  let o = obj;
  for (const k of path.split(".")) {
    if (o === null || typeof o !== "object" || !(k in o)) return undefined;
    o = o[k];
  }
  return o;
}

function deletePath(obj, path) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (o === null || typeof o !== "object") return;
    o = o[k];
  }
  if (o && typeof o === "object") delete o[keys[keys.length - 1]];
}

// application builds the application's JSON from the form, over the imported application
// (so that what the form does not show, the reviewers' findings, is kept).
function application() {
  const type = $("type").value;
  const app = state.imported && state.imported.type === type ? JSON.parse(JSON.stringify(state.imported)) : {};
  app.type = type;
  for (const f of state.facts) deletePath(app, f.path);
  for (const el of $("form").querySelectorAll("[data-path]")) {
    if (el.dataset.kind === "list") {
      if (el.querySelector(".given").value !== "given") continue;
      const items = [];
      for (const row of el.querySelectorAll(".item")) {
        const scalar = el._fact.elem.length === 1 && el._fact.elem[0].path === "";
        const item = {};
        let sv;
        for (const input of row.querySelectorAll("[data-key]")) {
          const v = value(input);
          if (scalar) sv = v;
          else if (v !== undefined) item[input.dataset.key] = v;
        }
        if (scalar) {
          if (sv !== undefined) items.push(sv);
        } else if (Object.keys(item).length) items.push(item);
      }
      setPath(app, el.dataset.path, items);
      continue;
    }
    const v = value(el);
    if (v !== undefined) setPath(app, el.dataset.path, v);
  }
  if (type === "new_rd_institution" && $("category").value) setPath(app, state.meta.category_path, $("category").value);
  const part = state.facts.find((f) => f.path.includes(".") && !f.path.startsWith("applicant."));
  if (part) {
    const key = part.path.split(".")[0];
    if (!app[key]) app[key] = {};
  }
  if (!app.applicant) app.applicant = {};
  return app;
}

// fill puts an application's values into the form.
function fill(app) {
  for (const el of $("form").querySelectorAll("[data-path]")) {
    const v = getPath(app, el.dataset.path);
    if (el.dataset.kind === "list") {
      const given = el.querySelector(".given");
      el.querySelector(".rows").replaceChildren();
      given.value = Array.isArray(v) ? "given" : "";
      given.dispatchEvent(new Event("change"));
      if (Array.isArray(v)) for (const item of v) addListRow(el._fact, el, item);
      continue;
    }
    el.value = v === undefined || v === null ? "" : String(v);
  }
  if (app.type === "new_rd_institution") $("category").value = getPath(app, state.meta.category_path) || "";
}

function loadFacts() {
  const type = $("type").value;
  const facts = call("facts", type);
  if (facts.error) {
    showError("check-error", facts.error);
    return;
  }
  state.facts = facts;
  $("category-label").hidden = type !== "new_rd_institution";
  buildForm();
}

function showError(id, err) {
  const box = $(id);
  box.hidden = false;
  box.dataset.zh = err.zh;
  box.dataset.en = err.en;
  box.textContent = pick(err.zh, err.en);
}

function clearResult() {
  $("check-error").hidden = true;
  $("verdict").hidden = true;
  $("findings").hidden = true;
  $("result-json").textContent = "";
}

// check runs the library on the application's JSON text and shows its answer. On bad
// input it shows the library's error, and nothing decided.
function check(text) {
  clearResult();
  state.checked = null;
  const ans = call("check", text);
  if (ans.error) {
    showError("check-error", ans.error);
    return;
  }
  state.checked = ans;
  $("result-json").textContent = JSON.stringify(ans.result);
  renderResult();
  if (window.lhasaFirstVerdictMs === undefined) window.lhasaFirstVerdictMs = performance.now();
}

function renderResult() {
  const ans = state.checked;
  if (!ans) return;
  const v = $("verdict");
  v.hidden = false;
  v.className = "verdict " + ans.verdict;
  v.dataset.verdict = ans.verdict;
  const c = ans.counts;
  const parts = [["pass", "符合", "pass"], ["fail", "不符合", "fail"], ["unknown", "信息不全", "unknown"], ["review", "待评审", "awaiting review"]]
    .filter(([k]) => c[k])
    .map(([k, zh, en]) => pick(zh, en) + " " + c[k]);
  v.textContent = pick("结论：", "Verdict: ") + pick(ans.verdict_zh, ans.verdict_en) + pick("（", " (") + parts.join(pick("，", ", ")) + pick("）", ")");
  const body = $("findings").querySelector("tbody");
  body.replaceChildren();
  for (const f of ans.findings) {
    const tr = document.createElement("tr");
    tr.className = f.outcome;
    tr.dataset.rule = f.rule;
    const outcome = f.awaiting_review ? pick("待评审", "awaiting review") : pick(f.outcome_zh, f.outcome_en);
    let gap = "";
    if (f.met_on) gap = pick("自 " + f.met_on + " 起满足", "met from " + f.met_on);
    else if (f.shortfall_zh) gap = pick("尚差 " + f.shortfall_zh, "short by " + f.shortfall_en);
    for (const [cls, text] of [["outcome", outcome], ["clause", pick(f.citation_zh, f.citation_en)], ["text", pick(f.zh, f.en)], ["shortfall", gap]]) {
      const td = document.createElement("td");
      td.className = cls;
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  $("findings").hidden = false;
}

function runForm() {
  const text = JSON.stringify(application(), null, 2);
  $("app-json").value = text;
  check(text);
}

// importText loads an application's JSON: into the form when it reads as one, and checks
// it either way, so a broken file shows the library's error with its line and column.
function importText(text) {
  $("app-json").value = text;
  let app = null;
  try {
    app = JSON.parse(text);
  } catch (e) {
    app = null;
  }
  if (app && typeof app === "object" && !Array.isArray(app) && state.meta.types.some((t) => t.code === app.type)) {
    state.imported = app;
    $("type").value = app.type;
    loadFacts();
    fill(app);
  }
  check(text);
}

function exportJSON() {
  const text = JSON.stringify(application(), null, 2) + "\n";
  $("app-json").value = text;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  a.download = "application.json";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- the cohort report ----------------------------------------------------------------

function runCohort() {
  $("cohort-error").hidden = true;
  $("cohort-summary").hidden = true;
  $("report").hidden = true;
  $("csv-download").hidden = true;
  const ans = call("cohort", state.cohortBytes, state.lang, $("group").value);
  if (ans.error) {
    showError("cohort-error", ans.error);
    return;
  }
  const s = $("cohort-summary");
  s.replaceChildren();
  s.append(pick("评定等次的平台 " + ans.graded + " 个：", ans.graded + " platforms graded: "));
  for (const c of ans.counts) {
    const span = document.createElement("span");
    span.className = "count";
    span.id = "count-" + c.grade;
    span.dataset.count = String(c.n);
    span.textContent = pick(c.zh, c.en) + " " + c.n;
    s.append(span, " ");
  }
  s.hidden = false;
  const dl = $("csv-download");
  if (dl.href) URL.revokeObjectURL(dl.href);
  dl.href = URL.createObjectURL(new Blob(["\ufeff" + ans.csv], { type: "text/csv;charset=utf-8" }));
  dl.hidden = false;
  const frame = $("report");
  frame.onload = () => {
    frame.style.height = frame.contentDocument.documentElement.scrollHeight + 20 + "px";
  };
  frame.srcdoc = ans.html;
  frame.hidden = false;
  state.cohortLoaded = true;
}

// ---- wiring ---------------------------------------------------------------------------

function showTab(name) {
  $("check").hidden = name !== "check";
  $("cohort").hidden = name !== "cohort";
  $("tab-check").classList.toggle("active", name === "check");
  $("tab-cohort").classList.toggle("active", name === "cohort");
}

function setLang(lang) {
  const app = state.meta ? application() : null;
  state.lang = lang;
  translate();
  if (!state.meta) return;
  fillTypes();
  buildForm();
  fill(app);
  renderResult();
  for (const id of ["check-error", "cohort-error"]) {
    const box = $(id);
    if (!box.hidden) box.textContent = pick(box.dataset.zh, box.dataset.en);
  }
  if (state.cohortLoaded) runCohort();
}

function ready() {
  state.meta = call("meta");
  $("status").hidden = true;
  fillTypes();
  $("type").value = "key_laboratory";
  loadFacts();
  // The application date defaults to today, so the first check gives a verdict.
  const d = $(inputId("date"));
  if (d && !d.value) d.value = new Date().toISOString().slice(0, 10);
  runForm();
  document.body.dataset.ready = "true";
}

function init() {
  const params = new URLSearchParams(location.search);
  if (params.get("lang") === "en") {
    state.lang = "en";
    $("lang").value = "en";
  }
  translate();
  $("lang").addEventListener("change", () => setLang($("lang").value));
  $("tab-check").addEventListener("click", () => showTab("check"));
  $("tab-cohort").addEventListener("click", () => showTab("cohort"));
  $("type").addEventListener("change", () => {
    loadFacts();
    clearResult();
  });
  $("run").addEventListener("click", runForm);
  $("run-json").addEventListener("click", () => importText($("app-json").value));
  $("export").addEventListener("click", exportJSON);
  $("import").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (file) importText(await file.text());
    e.target.value = "";
  });
  $("sample").addEventListener("click", () => {
    state.cohortBytes = null;
    runCohort();
  });
  $("csv-file").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    state.cohortBytes = new Uint8Array(await file.arrayBuffer());
    e.target.value = "";
    runCohort();
  });
  $("group").addEventListener("change", () => {
    if (state.cohortLoaded || state.cohortBytes) runCohort();
  });
  if (typeof Go === "undefined") {
    showStatus("缺少 wasm_exec.js：请先按 README 构建本页面。", "wasm_exec.js is missing: build the page as the README says.", true);
    return;
  }
  window.lhasaReady = ready;
  const go = new Go();
  WebAssembly.instantiateStreaming(fetch("lhasa.wasm"), go.importObject)
    .then((r) => go.run(r.instance))
    .catch((e) => showStatus("无法加载 lhasa.wasm（" + e + "）：请先按 README 构建本页面。", "Cannot load lhasa.wasm (" + e + "): build the page as the README says.", true));
}

init();
