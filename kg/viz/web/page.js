(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = "KGCJK, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
  var ROLE_NAMES = {lead: "牵头 lead", responsible: "责任 responsible", assist: "配合 assist"};
  var KIND_NAMES = {person: "领导 person", organization: "单位 organization", post: "职务 post",
                    project: "项目 project",
                    commitment: "任务 commitment"};
  var STATUS = {};
  DATA.legend.statuses.forEach(function (s) { STATUS[s.key] = s; });
  var kg = window.kg = {data: DATA, ready: false, timings: {script: performance.now()}, network: null};

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "style") e.style.cssText = attrs[k];
      else if (k === "onclick") e.onclick = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === "") continue;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return e;
  }

  // adjacency: node id -> [{other, type, role, out}]
  var adj = {};
  DATA.nodes.forEach(function (n) { adj[n.id] = []; });
  DATA.edges.forEach(function (e) {
    adj[e.from].push({other: e.to, type: e.type, role: e.role, out: true});
    adj[e.to].push({other: e.from, type: e.type, role: e.role, out: false});
  });

  $("node-count").textContent = DATA.nodes.length;
  $("edge-count").textContent = DATA.edges.length;
  $("as-of").textContent = DATA.meta.as_of;
  var names = $("names");
  if (DATA.nodes.length <= 20000) {
    DATA.nodes.forEach(function (n) { names.appendChild(el("option", {value: DATA.details[n.id].name})); });
  }

  // ---- legend ----
  function shapeSvg(shape, color, dashed) {
    var ns = "http://www.w3.org/2000/svg", s = document.createElementNS(ns, "svg");
    s.setAttribute("width", "28"); s.setAttribute("height", "14");
    var e;
    if (shape === "line") {
      e = document.createElementNS(ns, "line");
      e.setAttribute("x1", "1"); e.setAttribute("y1", "7"); e.setAttribute("x2", "27"); e.setAttribute("y2", "7");
      e.setAttribute("stroke", color); e.setAttribute("stroke-width", "2.5");
      if (dashed === "dashed") e.setAttribute("stroke-dasharray", "6 4");
      if (dashed === "dotted") e.setAttribute("stroke-dasharray", "2 3");
    } else if (shape === "dot") {
      e = document.createElementNS(ns, "circle");
      e.setAttribute("cx", "14"); e.setAttribute("cy", "7"); e.setAttribute("r", "6");
    } else if (shape === "square") {
      e = document.createElementNS(ns, "rect");
      e.setAttribute("x", "8"); e.setAttribute("y", "1"); e.setAttribute("width", "12"); e.setAttribute("height", "12");
    } else {
      e = document.createElementNS(ns, "polygon");
      e.setAttribute("points", shape === "hexagon" ? "8,7 11,1.5 17,1.5 20,7 17,12.5 11,12.5" : "14,0.5 20.5,7 14,13.5 7.5,7");
    }
    if (shape !== "line") { e.setAttribute("fill", color); e.setAttribute("stroke", "#555"); }
    s.appendChild(e);
    return s;
  }
  (function legend() {
    var L = $("legend");
    L.appendChild(el("h3", {text: "节点 nodes (大小 = 任务数 size = workload)"}));
    DATA.legend.kinds.forEach(function (k) {
      L.appendChild(el("div", {"class": "item"}, shapeSvg(k.shape, k.color), k.name));
    });
    L.appendChild(el("h3", {text: "任务状态 commitment status (as of " + DATA.meta.as_of + ")"}));
    DATA.legend.statuses.forEach(function (s) {
      L.appendChild(el("div", {"class": "item", "data-status": s.key}, shapeSvg("diamond", s.color), s.name));
    });
    L.appendChild(el("h3", {text: "关系 relations"}));
    DATA.legend.edges.forEach(function (e) {
      L.appendChild(el("div", {"class": "item"}, shapeSvg("line", e.color, e.style), e.name + " (" + e.style + ")"));
    });
  })();

  // ---- detail panel ----
  function badge(status) {
    var s = STATUS[status] || STATUS.unknown;
    return el("span", {"class": "badge", style: "background:" + s.color, text: s.name});
  }
  function link(id) {
    var d = DATA.details[id];
    return el("a", {onclick: function () { kg.select(id); }, "data-node": id}, d ? d.name : id);
  }
  function dueText(d) {
    if (!d.due && !d.due_text) return "—";
    if (d.due_text && d.due && d.due_text !== d.due) return d.due_text + " (" + d.due + ")";
    return d.due_text || d.due;
  }
  function sourcesBlock(d) {
    var box = el("div", {"class": "sources"});
    (d.sources || []).forEach(function (s) {
      box.appendChild(el("div", {"class": "source-title"}, "出处 ", s.title || s.source || "", s.date ? " · " + s.date : ""));
      if (s.evidence) box.appendChild(el("blockquote", {"class": "evidence", text: s.evidence}));
    });
    return box;
  }
  function commitmentItem(cid, role) {
    var d = DATA.details[cid];
    var li = el("li", {"class": "commitment"}, link(cid), " ", badge(d.status));
    var parts = [];
    if (role) parts.push(ROLE_NAMES[role] || role);
    parts.push("期限 due " + dueText(d));
    if (d.progress) parts.push("进展 " + d.progress);
    li.appendChild(el("div", {"class": "sub"}, parts.join(" · ")));
    if (d.targets && d.targets.length) li.appendChild(el("div", {"class": "sub"}, "目标 target: " + d.targets.join("；")));
    li.appendChild(sourcesBlock(d));
    return li;
  }
  function show(id) {
    var d = DATA.details[id], box = $("detail");
    if (!d) return;
    box.textContent = "";
    box.setAttribute("data-node", id);
    box.appendChild(el("div", {"class": "kind", text: KIND_NAMES[d.kind] || d.kind}));
    box.appendChild(el("h2", {}, d.name, d.post ? " · " + d.post : ""));
    var links = adj[id] || [];
    if (d.kind === "commitment") {
      var t = el("table", {});
      function row(k, v) { t.appendChild(el("tr", {}, el("td", {text: k}), el("td", {}, v))); }
      row("状态 status", badge(d.status));
      if (d.recorded_status && d.recorded_status !== d.status) row("填报 reported", d.recorded_status);
      row("期限 due", dueText(d));
      if (d.progress || d.percent !== null && d.percent !== undefined)
        row("进展 progress", (d.progress || "") + (d.percent !== null && d.percent !== undefined ? " (" + d.percent + "%)" : ""));
      if (d.as_of) row("填报日 as of", d.as_of);
      box.appendChild(t);
      ["lead", "responsible", "assist"].forEach(function (role) {
        var who = links.filter(function (l) { return !l.out && l.role === role; });
        if (!who.length) return;
        var p = el("div", {"class": "role"}, ROLE_NAMES[role] + ": ");
        who.forEach(function (l, i) { if (i) p.appendChild(document.createTextNode("、")); p.appendChild(link(l.other)); });
        box.appendChild(p);
      });
      var projects = links.filter(function (l) { return l.type === "CONCERNS"; });
      if (projects.length) {
        var pp = el("div", {"class": "role"}, "项目 project: ");
        projects.forEach(function (l) { pp.appendChild(link(l.other)); });
        box.appendChild(pp);
      }
      if (d.targets && d.targets.length) {
        box.appendChild(el("h3", {text: "目标 targets"}));
        var ul = el("ul", {});
        d.targets.forEach(function (x) { ul.appendChild(el("li", {text: x})); });
        box.appendChild(ul);
      }
      if (d.history && d.history.length) {  // every progress record of the work by the as-of date
        box.appendChild(el("h3", {text: "进展记录 history"}));
        var hl = el("ul", {"class": "history"});
        d.history.forEach(function (h) {
          var pct = h.percent !== null && h.percent !== undefined ? " " + h.percent + "%" : "";
          hl.appendChild(el("li", {text: h.as_of + " " + (h.status || "") + pct + " " + (h.text || "") +
                                          (h.source ? " (" + h.source + ")" : "")}));
        });
        box.appendChild(hl);
      }
      box.appendChild(el("h3", {text: "来源 source"}));
      box.appendChild(sourcesBlock(d));
    } else {
      box.appendChild(el("p", {}, "任务数 workload: " + d.workload));
      var mine = links.filter(function (l) { return DATA.details[l.other] && DATA.details[l.other].kind === "commitment"; });
      mine.sort(function (a, b) { return String(DATA.details[a.other].due || "9").localeCompare(String(DATA.details[b.other].due || "9")); });
      var ul2 = el("ul", {"class": "commitments"});
      mine.forEach(function (l) { ul2.appendChild(commitmentItem(l.other, l.role)); });
      box.appendChild(el("h3", {text: "任务 commitments (" + mine.length + ")"}));
      box.appendChild(ul2);
      var orgs = links.filter(function (l) { return l.type === "PART_OF"; });
      if (orgs.length) {
        var po = el("div", {"class": "role"}, "隶属 part of / 下属 units: ");
        orgs.forEach(function (l, i) { if (i) po.appendChild(document.createTextNode("、")); po.appendChild(link(l.other)); });
        box.appendChild(po);
      }
    }
    kg.shown = id;
  }
  kg.show = show;
  kg.select = function (id) {
    if (!kg.network) return;
    kg.network.selectNodes([id]);
    kg.network.focus(id, {scale: Math.max(kg.network.getScale(), 1.0), animation: {duration: 300}});
    show(id);
  };

  // ---- search ----
  function search(q) {
    q = (q || "").trim().toLowerCase();
    if (!q) { $("search-result").textContent = ""; return []; }
    var hits = DATA.nodes.filter(function (n) {
      return DATA.details[n.id].name.toLowerCase().indexOf(q) >= 0;
    }).map(function (n) { return n.id; });
    $("search-result").textContent = hits.length + " 个匹配 matches";
    if (hits.length && kg.network) {
      kg.network.selectNodes(hits);
      kg.network.focus(hits[0], {scale: 1.2, animation: {duration: 300}});
      show(hits[0]);
    }
    return hits;
  }
  kg.search = search;
  // Enter searches, and so does picking a name from the list; not "change", which fires again on
  // blur and would undo the click that moved the focus away
  $("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(ev.target.value); });
  $("search").addEventListener("input", function (ev) {
    if (ev.inputType === "insertReplacementText" || ev.inputType === undefined) search(ev.target.value);
  });

  // ---- network ----
  function darker(hex) {
    var n = parseInt(hex.slice(1), 16), f = 0.65;
    var r = Math.round((n >> 16 & 255) * f), g = Math.round((n >> 8 & 255) * f), b = Math.round((n & 255) * f);
    return "rgb(" + r + "," + g + "," + b + ")";
  }
  function start() {
    var big = DATA.nodes.length > 800, fixed = DATA.meta.layout === "python", chain = DATA.meta.layout === "chain";
    var manyEdges = DATA.edges.length > 3000;
    var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
      var item = {id: n.id, label: n.label, shape: n.shape, value: n.value, size: n.size, title: n.title,
              borderWidth: n.borderWidth || 1,
              color: {background: n.color, border: n.focus ? "#000" : darker(n.color),
                      highlight: {background: n.color, border: "#000"}, hover: {background: n.color, border: "#000"}}};
      if (fixed) { item.x = n.x; item.y = n.y; }
      if (chain) { item.level = n.level; }
      return item;
    }));
    var edges = new vis.DataSet(DATA.edges.map(function (e, i) {
      return {id: i, from: e.from, to: e.to, dashes: e.dashes, width: e.width, arrows: manyEdges ? "" : e.arrows,
              color: {color: e.color, highlight: e.color, hover: e.color, opacity: 0.85}};
    }));
    var options = {
      nodes: {scaling: {min: 8, max: 42, label: {enabled: false}},
              font: {face: FONT, size: 13, color: "#222", strokeWidth: 3, strokeColor: "#fff"}},
      edges: {smooth: big ? false : chain ? {type: "cubicBezier", forceDirection: "vertical", roundness: 0.4}
                                          : {type: "continuous", roundness: 0.3}, selectionWidth: 1.5,
              arrows: {to: {scaleFactor: 0.5}}},
      layout: chain ? {hierarchical: {enabled: true, direction: "UD", levelSeparation: 190, nodeSpacing: 230,
                                      treeSpacing: 120, blockShifting: true, edgeMinimization: true,
                                      parentCentralization: true, sortMethod: "directed"}}
                    : {improvedLayout: !big, randomSeed: 7},
      physics: (fixed || chain) ? {enabled: false, stabilization: {enabled: false}} : {
                solver: "barnesHut",
                barnesHut: {gravitationalConstant: big ? -3000 : -6000, springLength: big ? 60 : 110,
                            springConstant: 0.04, damping: 0.3, avoidOverlap: big ? 0 : 0.2},
                stabilization: {enabled: true, iterations: big ? 150 : 500, updateInterval: 25, fit: true}},
      interaction: {hover: !big, tooltipDelay: 300, hideEdgesOnDrag: big, hideEdgesOnZoom: big, navigationButtons: false}
    };
    var network = new vis.Network($("graph"), {nodes: nodes, edges: edges}, options);
    kg.network = network;
    kg.timings.created = performance.now();
    network.once("afterDrawing", function () { kg.timings.firstDraw = performance.now(); });
    function ready() {
      if (kg.ready) return;
      network.setOptions({physics: false});
      kg.timings.stabilized = performance.now();
      network.once("afterDrawing", function () {
        kg.timings.interactive = performance.now();
        kg.ready = true;
        $("state").textContent = "就绪 ready";
        document.body.setAttribute("data-ready", "1");
      });
      network.fit();
      network.redraw();
    }
    if (fixed || chain) {
      ready();  // positions came with the page, or the rows fix them: no layout to wait for
    } else {
      network.once("stabilizationIterationsDone", ready);
      network.on("stabilizationProgress", function (p) {
        $("state").textContent = "布局中 laying out " + Math.round(100 * p.iterations / p.total) + "%";
      });
    }
    if (!DATA.nodes.length) { kg.ready = true; $("state").textContent = "就绪 ready (empty)"; }
    network.on("click", function (params) { if (params.nodes.length) show(params.nodes[0]); });
    if (DATA.meta.focus && DATA.meta.focus.length && DATA.details[DATA.meta.focus[0]]) show(DATA.meta.focus[0]);
  }
  if (document.fonts && document.fonts.load) {
    document.fonts.load("13px KGCJK", "任务").then(start, start);
  } else {
    start();
  }
})();
