/* newsgraph HTML view: draws the embedded graph with vis-network.
 * Article text only ever reaches the page through textContent: tooltips are DOM elements
 * built here, never HTML strings. The page state is exposed as window.newsgraph for tests. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var state = { firstDrawMs: null, hiddenTypes: {}, matches: [], matchIndex: 0 };
  window.newsgraph = state;

  function textBlock(text) {
    var element = document.createElement("div");
    element.className = "ng-tip";
    element.textContent = text;
    return element;
  }

  var styles = {};
  data.types.forEach(function (type) { styles[type.name] = type; });

  function rows(columns) {
    var names = Object.keys(columns);
    var count = columns[names[0]].length;
    var result = new Array(count);
    for (var i = 0; i < count; i++) {
      var row = { id: i };
      names.forEach(function (name) { row[name] = columns[name][i]; });
      result[i] = row;
    }
    return result;
  }

  var nodeRows = rows(data.nodes);
  var edgeRows = rows(data.edges);
  nodeRows.forEach(function (node) { node.search = node.search ? node.search.split("\n") : []; });

  function toVisNode(node) {
    var item = {
      id: node.id, iri: node.iri, label: node.label, group: node.type,
      shape: styles[node.type].shape, color: styles[node.type].color, title: textBlock(node.tip)
    };
    if (node.x !== undefined) { item.x = node.x; item.y = node.y; }
    return item;
  }

  function toVisEdge(edge) {
    var item = {
      id: edge.id, from: edge.from, to: edge.to, label: edge.label, title: textBlock(edge.tip)
    };
    if (edge.curve) {
      item.smooth = { enabled: true, type: "curvedCW", roundness: edge.curve };
    }
    return item;
  }

  var nodes = new vis.DataSet(nodeRows.map(toVisNode));
  var edges = new vis.DataSet(edgeRows.map(toVisEdge));

  var options = {
    layout: { randomSeed: 42, improvedLayout: data.physics && nodeRows.length <= 150 },
    physics: data.physics
      ? {
        enabled: true, solver: "barnesHut",
        barnesHut: { springLength: 130, avoidOverlap: 0.3 },
        stabilization: { enabled: true, iterations: 250, fit: true }
      }
      : false,
    nodes: { size: 14, font: { size: 13, color: "#222" }, borderWidth: 1 },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { size: 10, align: "middle", color: "#444", strokeWidth: 3 },
      color: { color: "#999", highlight: "#333" },
      smooth: false
    },
    interaction: {
      hover: true, tooltipDelay: 120, hideEdgesOnDrag: !data.physics,
      hideEdgesOnZoom: !data.physics
    }
  };

  var container = document.getElementById("ng-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  state.network = network;
  state.nodes = nodes;
  state.edges = edges;

  network.once("afterDrawing", function () { state.firstDrawMs = performance.now(); });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
  });

  function showDetails(text) {
    document.getElementById("ng-details").textContent = text;
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(nodeRows[params.nodes[0]].tip); }
    else if (params.edges.length) { showDetails(edgeRows[params.edges[0]].tip); }
  });

  function setTypeVisible(type, visible) {
    state.hiddenTypes[type] = !visible;
    var changes = [];
    nodeRows.forEach(function (node) {
      if (node.type === type) { changes.push({ id: node.id, hidden: !visible }); }
    });
    nodes.update(changes);
  }

  function legendEntry(type) {
    var item = document.createElement("li");
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = type.name;
    box.addEventListener("change", function () { setTypeVisible(type.name, box.checked); });
    var swatch = document.createElement("span");
    swatch.className = "ng-swatch";
    swatch.style.background = type.color;
    var name = document.createElement("span");
    name.textContent = type.name;
    var count = document.createElement("span");
    count.className = "ng-count";
    count.textContent = "(" + type.count + ")";
    label.append(box, swatch, name, count);
    item.appendChild(label);
    return item;
  }

  var legend = document.getElementById("ng-legend");
  data.types.forEach(function (type) { legend.appendChild(legendEntry(type)); });
  document.getElementById("ng-summary").textContent =
    nodeRows.length + " nodes, " + edgeRows.length + " edges";

  function focusMatch() {
    if (!state.matches.length) { return; }
    var id = state.matches[state.matchIndex % state.matches.length];
    network.focus(id, { scale: 1.2, animation: false });
    showDetails(nodeRows[id].tip);
  }

  function search(query) {
    var wanted = query.trim().toLowerCase();
    state.matches = [];
    state.matchIndex = 0;
    if (wanted) {
      nodeRows.forEach(function (node) {
        if (state.hiddenTypes[node.type]) { return; }
        var found = node.label.toLowerCase().indexOf(wanted) >= 0 ||
          node.search.some(function (name) { return name.indexOf(wanted) >= 0; });
        if (found) { state.matches.push(node.id); }
      });
    }
    network.selectNodes(state.matches);
    document.getElementById("ng-search-status").textContent =
      wanted ? state.matches.length + " match" + (state.matches.length === 1 ? "" : "es") : "";
    focusMatch();
  }

  var searchBox = document.getElementById("ng-search");
  searchBox.addEventListener("input", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { state.matchIndex += 1; focusMatch(); }
  });
})();
