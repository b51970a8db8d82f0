(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = data.font;
  var CO = "co_mentioned";
  var TYPED_EDGE = "#7b8794";
  var CO_EDGE = "#b9c0c9";
  var DIM_NODE = { background: "#eceef1", border: "#dde0e5" };
  var DIM_TEXT = "#c3c8cf";
  var DIM_EDGE = "#eef0f3";
  var MAX_LIST = 200;
  // Large graphs (data.large, decided in Python) usually come with positions (FIXED:
  // no physics) and are drawn lighter: the selection's dimming is a veil painted over
  // the frame instead of a restyle of every item, and dashes and arrows are drawn only
  // once zoomed in far enough to see them.
  var LARGE = !!data.large;
  var FIXED = data.layout === "python";
  var DETAIL_SCALE = LARGE ? 0.3 : 0;

  var nodeById = new Map();
  var edgeById = new Map();
  var incident = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); incident.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    incident.get(e.from).push(e.id);
    if (e.to !== e.from) incident.get(e.to).push(e.id);
  });

  var state = {
    types: new Set(data.types),
    relations: new Set(data.relations),
    minWeight: 1,
    focus: null
  };

  /* ---------- small DOM helpers (text only, never innerHTML) ---------- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function asText(value) {
    if (value === null || value === undefined) return "";
    return typeof value === "string" ? value : JSON.stringify(value);
  }

  function styleOf(type) {
    return data.styles[type] || { color: "#8c8c8c", shape: "dot" };
  }

  function swatch(type) {
    var style = styleOf(type);
    var node = el("span", "kg-swatch kg-shape-" + style.shape + (style.dashed ? " kg-dashed" : ""));
    node.style.background = style.color;
    node.style.borderColor = style.color;
    return node;
  }

  function shorten(text, max) {
    var chars = Array.from(text);
    return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : text;
  }

  /* ---------- vis items ---------- */

  function nodeSize(node) {
    var base = node.type === "article" ? 6 : 9;
    return Math.min(44, base + 4.5 * Math.sqrt(node.degree));
  }

  function nodeColor(node, dim) {
    var c = styleOf(node.type).color;
    if (dim) return { background: DIM_NODE.background, border: DIM_NODE.border, highlight: { background: c, border: "#111827" }, hover: { background: DIM_NODE.background, border: c } };
    return { background: c, border: styleOf(node.type).dashed ? "#6b625c" : c, highlight: { background: c, border: "#111827" }, hover: { background: c, border: "#111827" } };
  }

  // Options shared by every item live in the network's defaults (cheaper to build
  // thousands of items); items carry only what differs, and the dimming overrides.
  function nodeFont(dim) {
    return { face: FONT, size: 14, color: dim ? DIM_TEXT : "#1f2937", strokeWidth: 3, strokeColor: "#ffffff" };
  }

  function edgeFont(dim) {
    return { face: FONT, size: 10, color: dim ? DIM_TEXT : "#4b5563", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" };
  }

  function visNode(node, dim) {
    var style = styleOf(node.type);
    var item = {
      id: node.id,
      label: shorten(node.label, node.type === "article" ? 14 : 18),
      title: node.label + " (" + node.type + ")",
      shape: style.shape,
      size: nodeSize(node),
      borderWidth: style.dashed ? 2 : 1,
      color: nodeColor(node, dim)
    };
    if (style.dashed) item.shapeProperties = { borderDashes: [3, 2] };
    if (FIXED) { item.x = node.x; item.y = node.y; }
    return item;
  }

  function edgeWidth(edge) {
    var w = Math.max(1, edge.weight);
    if (edge.relation === CO) return Math.min(3, 0.6 + 0.5 * Math.log2(w));
    return Math.min(6, 1.3 + 1.2 * Math.log2(w));
  }

  function edgeLabel(edge) {
    var extra = edge.attrs && (edge.attrs.post || edge.attrs.role);
    return extra ? edge.relation + " · " + asText(extra) : edge.relation;
  }

  function smoothOf(edge) {
    if (!edge.curve) return null;
    var r = Math.min(1, Math.abs(edge.curve));
    var cw = (edge.curve > 0) === (edge.from <= edge.to);
    return { enabled: true, type: cw ? "curvedCW" : "curvedCCW", roundness: r };
  }

  // co_mentioned edges take their dashes, typed edges their arrows, from the network's
  // edge defaults, so that setDetail() switches both at once without touching items.
  function visEdge(edge, dim) {
    var co = edge.relation === CO;
    var color = dim ? DIM_EDGE : (co ? CO_EDGE : TYPED_EDGE);
    var item = {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      width: edgeWidth(edge),
      color: { color: color, highlight: "#1d4ed8", hover: co ? "#8b95a1" : "#4b5563", inherit: false },
      title: (co ? CO : edgeLabel(edge)) + " (weight " + edge.weight + ")"
    };
    var smooth = smoothOf(edge);
    if (smooth) item.smooth = smooth;
    if (co) {
      item.arrows = { to: { enabled: false } };
    } else {
      item.dashes = false;
      item.label = edgeLabel(edge);
    }
    return item;
  }

  /* ---------- data sets, filters, network ---------- */

  var nodes = new vis.DataSet(data.nodes.map(function (n) { return visNode(n, false); }));
  var edges = new vis.DataSet(data.edges.map(function (e) { return visEdge(e, false); }));

  function nodeVisible(id) {
    var node = nodeById.get(id);
    return !!node && state.types.has(node.type);
  }

  function edgeVisible(edge) {
    if (!state.relations.has(edge.relation)) return false;
    if (edge.relation === CO && edge.weight < state.minWeight) return false;
    return nodeVisible(edge.from) && nodeVisible(edge.to);
  }

  var nodesView = new vis.DataView(nodes, { filter: function (item) { return nodeVisible(item.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (item) { return edgeVisible(edgeById.get(item.id)); } });

  var bigGraph = data.nodes.length > 300;
  var options = {
    autoResize: true,
    layout: { randomSeed: 42, improvedLayout: !bigGraph && !FIXED },
    nodes: { font: nodeFont(false), borderWidthSelected: 3 },
    edges: {
      font: edgeFont(false), selectionWidth: 2, smooth: { enabled: false },
      dashes: !LARGE, arrows: { to: { enabled: !LARGE, scaleFactor: 0.5 } }
    },
    physics: {
      enabled: !FIXED,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -110, centralGravity: 0.01, springLength: 150, springConstant: 0.05, damping: 0.5, avoidOverlap: 0.6 },
      maxVelocity: 60,
      minVelocity: 0.75,
      // capped: a large graph laid out here (layout "browser") gets a rough layout fast
      stabilization: { enabled: !FIXED, iterations: LARGE ? 50 : 200, updateInterval: 20, fit: true }
    },
    interaction: {
      hover: true, tooltipDelay: 250, multiselect: false, navigationButtons: false, keyboard: false,
      hideEdgesOnDrag: LARGE || data.edges.length > 3000, hideEdgesOnZoom: LARGE
    }
  };

  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  window.kgNetwork = network;
  window.kgReady = false;

  var progress = document.getElementById("kg-progress");
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "Laying out… " + Math.round((100 * p.iterations) / Math.max(1, p.total)) + "%";
  });

  // Level of detail. network.setOptions would re-measure every node (~150 ms at 5,000
  // nodes); the edges' shared defaults are enough (internal API of vis-network 9.1.2).
  var detail = null;
  function setDetail() {
    var on = network.getScale() >= DETAIL_SCALE;
    if (on === detail) return;
    detail = on;
    network.edgesHandler.setOptions({ dashes: on, arrows: { to: { enabled: on, scaleFactor: 0.5 } } });
    network.body.emitter.emit("_requestRedraw");
  }

  var ready = false;
  function markReady() {
    if (ready) return;
    ready = true;
    if (!FIXED) {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      keepPositions();
    }
    setDetail();
    progress.hidden = true;
    updateCounts();
    window.kgReady = true;
  }
  if (data.nodes.length === 0) {
    markReady();
  } else if (FIXED) {
    // positions came with the data: no physics at all, ready once drawn
    progress.textContent = "Drawing…";
    network.fit({ animation: false });
    network.once("afterDrawing", markReady);
  } else {
    network.once("stabilizationIterationsDone", markReady);
    network.once("stabilized", markReady);
  }
  network.on("zoom", setDetail);
  network.on("animationFinished", setDetail);

  // The data set keeps the drawn positions, so that nodes hidden by a filter come back
  // where they were: all of them once the layout is done, then whatever is dragged.
  function keepPositions(ids) {
    var positions = network.getPositions(ids);
    var updates = Object.keys(positions).map(function (id) {
      return { id: id, x: positions[id].x, y: positions[id].y };
    });
    if (updates.length) nodes.update(updates);
  }
  network.on("dragEnd", function (params) {
    if (ready && params.nodes.length) keepPositions(params.nodes);
  });

  function updateCounts() {
    window.kgCounts = { nodes: nodesView.length, edges: edgesView.length };
    document.getElementById("kg-visible").textContent =
      "visible: " + window.kgCounts.nodes + " nodes · " + window.kgCounts.edges + " edges";
  }

  function refreshFilters() {
    nodesView.refresh();
    edgesView.refresh();
    if (state.focus && !nodeVisible(state.focus.id) && state.focus.kind === "node") clearFocus();
    else if (state.focus) applyHighlight();
    updateCounts();
  }

  /* ---------- highlight ---------- */

  function focusSets() {
    var keepNodes = new Set();
    var keepEdges = new Set();
    if (state.focus.kind === "node") {
      keepNodes.add(state.focus.id);
      incident.get(state.focus.id).forEach(function (eid) {
        var e = edgeById.get(eid);
        if (!edgeVisible(e)) return;
        keepEdges.add(eid);
        keepNodes.add(e.from);
        keepNodes.add(e.to);
      });
    } else {
      var edge = edgeById.get(state.focus.id);
      keepEdges.add(edge.id);
      keepNodes.add(edge.from);
      keepNodes.add(edge.to);
    }
    return { nodes: keepNodes, edges: keepEdges };
  }

  function applyHighlight() {
    var sets = state.focus ? focusSets() : null;
    if (LARGE) {
      veiled = sets; // every caller changes the selection or the data next, which redraws
      return;
    }
    nodes.update(data.nodes.map(function (n) {
      var dim = !!sets && !sets.nodes.has(n.id);
      return { id: n.id, color: nodeColor(n, dim), font: nodeFont(dim) };
    }));
    edges.update(data.edges.map(function (e) {
      var dim = !!sets && !sets.edges.has(e.id);
      var item = { id: e.id, color: visEdge(e, dim).color };
      if (e.relation !== CO) item.font = edgeFont(dim);
      return item;
    }));
  }

  // Large graphs: restyling every item would take seconds, so the focus is drawn over
  // the finished frame instead: a translucent veil, then the focus edges and nodes
  // again on top, with vis-network's own drawing code (internal API of the inlined
  // vis-network 9.1.2: body.nodes[id].draw, body.edges[id].draw/drawArrows).
  var veiled = null;
  var VEIL = "rgba(251, 252, 253, 0.85)";
  network.on("afterDrawing", function (ctx) {
    if (!veiled) return;
    var body = network.body;
    var a = network.DOMtoCanvas({ x: 0, y: 0 });
    var b = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    ctx.fillStyle = VEIL;
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    ctx.restore();
    var edgesOnTop = [];
    veiled.edges.forEach(function (id) { if (body.edges[id] && body.edges[id].connected) edgesOnTop.push(body.edges[id]); });
    edgesOnTop.forEach(function (edge) { edge.draw(ctx); });
    edgesOnTop.forEach(function (edge) { edge.drawArrows(ctx); });
    var labels = [];
    veiled.nodes.forEach(function (id) {
      var node = body.nodes[id];
      if (!node) return;
      var drawn = node.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
  });

  function clearFocus() {
    state.focus = null;
    applyHighlight();
    network.unselectAll();
    showHint();
  }

  /* ---------- details panel ---------- */

  var details = document.getElementById("kg-details");

  function showHint() {
    clear(details);
    details.appendChild(el("p", "kg-hint", "Click a node or an edge to see its details and evidence."));
  }

  function heading(text) {
    details.appendChild(el("h3", null, text));
  }

  function keyValues(pairs) {
    var dl = el("dl", "kg-kv");
    pairs.forEach(function (pair) {
      if (pair[1] === "" || pair[1] === null || pair[1] === undefined) return;
      dl.appendChild(el("dt", null, pair[0]));
      dl.appendChild(el("dd", null, asText(pair[1])));
    });
    return dl;
  }

  function nodeLink(id) {
    var node = nodeById.get(id);
    var link = el("button", "kg-link", node ? node.label : id);
    link.type = "button";
    link.addEventListener("click", function () { selectNode(id, true); });
    return link;
  }

  function typeBadge(type) {
    var badge = el("span", "kg-badge");
    badge.appendChild(swatch(type));
    badge.appendChild(el("span", null, type));
    return badge;
  }

  function postText(post) {
    if (!post || typeof post !== "object") return asText(post);
    var text = (post.former ? "原" : "") + asText(post.title);  // held before (原副局长)
    var where = [post.organization, post.district].filter(function (x) { return x; }).map(asText);
    return where.length ? text + " — " + where.join(" · ") : text;
  }

  function listSection(title, items, render) {
    heading(title + " (" + items.length + ")");
    if (!items.length) {
      details.appendChild(el("p", "kg-muted", "—"));
      return;
    }
    var ul = el("ul");
    items.slice(0, MAX_LIST).forEach(function (item) { ul.appendChild(render(item)); });
    details.appendChild(ul);
    if (items.length > MAX_LIST) details.appendChild(el("p", "kg-muted", "… " + (items.length - MAX_LIST) + " more"));
  }

  function evidenceSection(items) {
    heading("Evidence (" + items.length + ")");
    if (!items.length) {
      details.appendChild(el("p", "kg-muted", "—"));
      return;
    }
    var ul = el("ul", "kg-evidence");
    items.forEach(function (ev) {
      var li = el("li");
      if (!ev || typeof ev !== "object") {
        li.appendChild(el("p", "kg-sentence", asText(ev)));
      } else {
        li.appendChild(el("p", "kg-sentence", asText(ev.sentence)));
        var source = [asText(ev.doc)];
        if (ev.article !== undefined && ev.article !== null) source.push("article " + asText(ev.article));
        if (ev.headline) source.push("《" + asText(ev.headline) + "》");
        if (ev.start !== undefined && ev.end !== undefined) source.push("chars " + asText(ev.start) + "–" + asText(ev.end));
        li.appendChild(el("div", "kg-source", source.filter(function (x) { return x; }).join(" · ")));
      }
      ul.appendChild(li);
    });
    details.appendChild(ul);
  }

  function showNode(id) {
    var node = nodeById.get(id);
    clear(details);
    details.appendChild(typeBadge(node.type));
    details.appendChild(el("h2", null, node.label));
    details.appendChild(el("div", "kg-id", node.id));
    heading("Facts");
    details.appendChild(keyValues([["type", node.type], ["mentions", node.mentions], ["degree", degreeText(node)], ["code", node.code], ["level", node.level]]));
    heading("Aliases (" + node.aliases.length + ")");
    var chips = el("div");
    node.aliases.forEach(function (a) { chips.appendChild(el("span", "kg-chip", asText(a))); });
    if (!node.aliases.length) chips.appendChild(el("span", "kg-muted", "—"));
    details.appendChild(chips);
    listSection("Posts", node.posts, function (p) { return el("li", null, postText(p)); });
    listSection("Source files", node.docs, function (d) { return el("li", null, asText(d)); });
    if (node.evidence.length) evidenceSection(node.evidence);
    listSection("Connections", sortedIncident(id), function (eid) { return connectionItem(eid, id); });
  }

  function degreeText(node) {
    var drawn = incident.get(node.id).reduce(function (sum, eid) {
      var e = edgeById.get(eid);
      return sum + (e.from === e.to ? 2 : 1);
    }, 0);
    return drawn === node.degree ? String(node.degree) : node.degree + " (" + drawn + " drawn)";
  }

  function sortedIncident(id) {
    var order = new Map(data.relations.map(function (r, i) { return [r, i]; }));
    return incident.get(id).slice().sort(function (a, b) {
      var ea = edgeById.get(a), eb = edgeById.get(b);
      return (order.get(ea.relation) - order.get(eb.relation)) || (eb.weight - ea.weight) || (a < b ? -1 : a > b ? 1 : 0);
    });
  }

  function connectionItem(eid, self) {
    var edge = edgeById.get(eid);
    var li = el("li");
    var rel = el("button", "kg-link", edgeLabel(edge) + " ×" + edge.weight);
    rel.type = "button";
    rel.addEventListener("click", function () { selectEdge(eid); });
    li.appendChild(el("span", "kg-arrow", edge.from === self ? "→" : "←"));
    li.appendChild(rel);
    li.appendChild(el("span", "kg-arrow", edge.from === self ? "→" : "←"));
    li.appendChild(nodeLink(edge.from === self ? edge.to : edge.from));
    return li;
  }

  function showEdge(id) {
    var edge = edgeById.get(id);
    clear(details);
    var badge = el("span", "kg-badge");
    var line = el("span", "kg-line" + (edge.relation === CO ? " kg-dashed" : ""));
    badge.appendChild(line);
    badge.appendChild(el("span", null, edge.relation));
    details.appendChild(badge);
    var title = el("h2");
    title.appendChild(nodeLink(edge.from));
    title.appendChild(el("span", "kg-arrow", edge.relation === CO ? "—" : "→"));
    title.appendChild(nodeLink(edge.to));
    details.appendChild(title);
    heading("Facts");
    var pairs = [["relation", edge.relation], ["weight", edge.weight]];
    Object.keys(edge.attrs || {}).sort().forEach(function (k) { pairs.push([k, edge.attrs[k]]); });
    details.appendChild(keyValues(pairs));
    evidenceSection(edge.evidence);
  }

  /* ---------- selection ---------- */

  function selectNode(id, move) {
    var node = nodeById.get(id);
    if (!node) return;
    if (!state.types.has(node.type)) setTypeChecked(node.type, true);
    state.focus = { kind: "node", id: id };
    applyHighlight();
    network.selectNodes([id], true);
    if (move) {
      var around = Array.from(focusSets().nodes);
      var animation = LARGE ? false : { duration: 350, easingFunction: "easeInOutQuad" };
      network.fit({ nodes: around, maxZoomLevel: 1.0, animation: animation });
      if (LARGE) setDetail();
    }
    showNode(id);
  }

  function selectEdge(id) {
    var edge = edgeById.get(id);
    if (!edge) return;
    if (!edgesView.get(id)) {
      setTypeChecked(nodeById.get(edge.from).type, true);
      setTypeChecked(nodeById.get(edge.to).type, true);
      setRelationChecked(edge.relation, true);
      if (edge.relation === CO && edge.weight < state.minWeight) setMinWeight(1);
    }
    state.focus = { kind: "edge", id: id };
    applyHighlight();
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showEdge(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else if (state.focus) clearFocus();
  });

  /* ---------- filters UI ---------- */

  var typeBoxes = new Map();
  var relationBoxes = new Map();

  function countBy(items, key) {
    var counts = new Map();
    items.forEach(function (item) { counts.set(item[key], (counts.get(item[key]) || 0) + 1); });
    return counts;
  }

  function filterRow(mark, name, count, onChange) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = name;
    box.addEventListener("change", function () { onChange(name, box.checked); });
    label.appendChild(box);
    label.appendChild(mark);
    label.appendChild(el("span", "kg-filter-name", name));
    label.appendChild(el("span", "kg-count", count));
    return { label: label, box: box };
  }

  function toggle(set, name, on) {
    if (on) set.add(name); else set.delete(name);
    refreshFilters();
  }

  function setTypeChecked(type, on) {
    var box = typeBoxes.get(type);
    if (box) box.checked = on;
    toggle(state.types, type, on);
  }

  function setRelationChecked(relation, on) {
    var box = relationBoxes.get(relation);
    if (box) box.checked = on;
    toggle(state.relations, relation, on);
  }

  function buildFilters() {
    var typeCounts = countBy(data.nodes, "type");
    var typeHost = document.getElementById("kg-type-filters");
    data.types.forEach(function (type) {
      var row = filterRow(swatch(type), type, typeCounts.get(type), function (name, on) { toggle(state.types, name, on); });
      typeBoxes.set(type, row.box);
      typeHost.appendChild(row.label);
    });
    var relCounts = countBy(data.edges, "relation");
    var relHost = document.getElementById("kg-relation-filters");
    data.relations.forEach(function (rel) {
      var mark = el("span", "kg-line" + (rel === CO ? " kg-dashed" : ""));
      var row = filterRow(mark, rel, relCounts.get(rel), function (name, on) { toggle(state.relations, name, on); });
      relationBoxes.set(rel, row.box);
      relHost.appendChild(row.label);
    });
    if (!data.types.length) typeHost.appendChild(el("p", "kg-muted", "no nodes"));
    if (!data.relations.length) relHost.appendChild(el("p", "kg-muted", "no edges"));
  }

  var slider = document.getElementById("kg-weight");
  var sliderValue = document.getElementById("kg-weight-value");

  function setMinWeight(value) {
    state.minWeight = value;
    slider.value = String(value);
    sliderValue.textContent = String(value);
    refreshFilters();
  }

  function buildSlider() {
    var max = 1;
    data.edges.forEach(function (e) { if (e.relation === CO && e.weight > max) max = e.weight; });
    slider.max = String(max);
    slider.disabled = max <= 1;
    slider.addEventListener("input", function () { setMinWeight(parseInt(slider.value, 10) || 1); });
  }

  /* ---------- search ---------- */

  var search = document.getElementById("kg-search");
  var list = document.getElementById("kg-suggestions");
  var status = document.getElementById("kg-search-status");
  var matches = [];
  var active = -1;

  function norm(text) {
    return asText(text).trim().toLowerCase();
  }

  function score(node, q) {
    var best = null;
    function consider(text, alias) {
      var t = norm(text);
      var pos = t.indexOf(q);
      if (pos < 0) return;
      var s = (t === q ? 0 : pos === 0 ? 2 : 4) + (alias ? 1 : 0);
      if (best === null || s < best.s) best = { s: s, alias: alias ? asText(text) : null };
    }
    consider(node.label, false);
    node.aliases.forEach(function (a) { consider(a, true); });
    if (best === null) consider(node.id, true);
    return best;
  }

  function findMatches(query) {
    var q = norm(query);
    if (!q) return [];
    var found = [];
    data.nodes.forEach(function (node) {
      var hit = score(node, q);
      if (hit) found.push({ node: node, s: hit.s, alias: hit.alias });
    });
    found.sort(function (a, b) {
      return (a.s - b.s) || (b.node.degree - a.node.degree) || (a.node.label.length - b.node.label.length) || (a.node.id < b.node.id ? -1 : 1);
    });
    return found;
  }

  function renderSuggestions() {
    clear(list);
    matches.slice(0, 12).forEach(function (m, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.dataset.id = m.node.id;
      if (i === active) li.className = "kg-active";
      li.appendChild(swatch(m.node.type));
      li.appendChild(el("span", "kg-sugg-label", m.node.label));
      if (m.alias && m.alias !== m.node.label) li.appendChild(el("span", "kg-sugg-alias", m.alias));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(m.node.id); });
      list.appendChild(li);
    });
    list.hidden = matches.length === 0;
    search.setAttribute("aria-expanded", list.hidden ? "false" : "true");
    status.textContent = search.value.trim() ? (matches.length ? matches.length + " match" + (matches.length > 1 ? "es" : "") : "no match") : "";
  }

  function hideSuggestions() {
    list.hidden = true;
    search.setAttribute("aria-expanded", "false");
  }

  function pick(id) {
    hideSuggestions();
    var node = nodeById.get(id);
    search.value = node.label;
    status.textContent = "";
    selectNode(id, true);
  }

  search.addEventListener("input", function () {
    matches = findMatches(search.value);
    active = matches.length ? 0 : -1;
    renderSuggestions();
  });
  search.addEventListener("keydown", function (ev) {
    var shown = Math.min(matches.length, 12);
    if (ev.key === "ArrowDown" && shown) { active = (active + 1) % shown; renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp" && shown) { active = (active - 1 + shown) % shown; renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === "Enter") {
      ev.preventDefault();
      matches = findMatches(search.value);
      if (matches.length) pick(matches[Math.max(0, Math.min(active, matches.length - 1))].node.id);
      else { status.textContent = "no match"; hideSuggestions(); }
    } else if (ev.key === "Escape") hideSuggestions();
  });
  search.addEventListener("blur", hideSuggestions);

  buildFilters();
  buildSlider();
  showHint();
  updateCounts();
})();
