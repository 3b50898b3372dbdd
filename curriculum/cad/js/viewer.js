// The 3D part viewer of curriculum.cad: an anywidget front end with three.js bundled in (no network).
//
// The Python side (curriculum/cad/viewer.py) sends the meshes as binary buffers (float32 vertices,
// uint32 triangles, millimetres, z up), the dimension lines with their labels already written in the
// course language, and the texts of the legend and the hint. This file only draws: orbit with the
// mouse (left button turns, wheel zooms, right button pans), a grid on the print bed (z = 0), the
// axes, the dimensions, and the part with the target (the drawing) shown see-through beside it.
// It renders only when something changes (no animation loop), and says so when the browser has no WebGL.
// The canvas is an image for assistive technology, named by the description the Python side writes.
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";

const COLORS = { part: 0x2f7fd8, target: 0xf08c00, mate: 0x8a8f98 };

function bytes(value) {
  // ipywidgets hands binary traits over as DataView (or ArrayBuffer in some versions)
  if (value instanceof DataView) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
  if (value instanceof ArrayBuffer) return value;
  if (ArrayBuffer.isView(value)) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
  return new ArrayBuffer(0);
}

function meshObject(doc) {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute("position", new THREE.BufferAttribute(new Float32Array(bytes(doc.vertices)), 3));
  geometry.setIndex(new THREE.BufferAttribute(new Uint32Array(bytes(doc.triangles)), 1));
  geometry.computeVertexNormals();
  const role = doc.role || "part";
  const color = doc.color ? new THREE.Color(doc.color) : new THREE.Color(COLORS[role] ?? COLORS.part);
  const group = new THREE.Group();
  const see_through = role === "target";
  const material = new THREE.MeshStandardMaterial({
    color, metalness: 0.05, roughness: 0.65, flatShading: true,
    transparent: see_through, opacity: see_through ? 0.25 : 1.0, depthWrite: !see_through,
    side: THREE.DoubleSide,
  });
  group.add(new THREE.Mesh(geometry, material));
  const edges = new THREE.EdgesGeometry(geometry, 25);
  group.add(new THREE.LineSegments(edges, new THREE.LineBasicMaterial({
    color: see_through ? color : 0x1b2a3a, transparent: see_through, opacity: see_through ? 0.8 : 0.9,
  })));
  group.userData.role = role;
  return group;
}

function label(text, size) {
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  const font = "600 44px DejaVu Sans, Arial, sans-serif";
  context.font = font;
  const width = Math.ceil(context.measureText(text).width) + 24;
  canvas.width = width;
  canvas.height = 64;
  context.font = font;
  context.fillStyle = "rgba(255,255,255,0.85)";
  context.fillRect(0, 0, width, 64);
  context.fillStyle = "#1b2a3a";
  context.textBaseline = "middle";
  context.fillText(text, 12, 34);
  const texture = new THREE.CanvasTexture(canvas);
  texture.colorSpace = THREE.SRGBColorSpace;
  const sprite = new THREE.Sprite(new THREE.SpriteMaterial({ map: texture, depthTest: false, transparent: true }));
  sprite.scale.set(size * width / 64, size, 1);
  sprite.renderOrder = 10;
  return sprite;
}

function dimension(doc, size) {
  const group = new THREE.Group();
  const a = new THREE.Vector3(...doc.start), b = new THREE.Vector3(...doc.end);
  const material = new THREE.LineBasicMaterial({ color: 0x1b2a3a, depthTest: false });
  const line = new THREE.BufferGeometry().setFromPoints([a, b]);
  const drawn = new THREE.Line(line, material);
  drawn.renderOrder = 9;
  group.add(drawn);
  const direction = b.clone().sub(a).normalize();
  for (const [point, sign] of [[a, 1], [b, -1]]) {
    const arrow = new THREE.ArrowHelper(direction.clone().multiplyScalar(sign), point, size * 0.9, 0x1b2a3a,
      size * 0.9, size * 0.35);
    arrow.line.material.depthTest = false;
    arrow.cone.material.depthTest = false;
    arrow.renderOrder = 9;
    group.add(arrow);
  }
  const text = label(doc.label, size * 3.2);
  text.position.copy(a.clone().add(b).multiplyScalar(0.5));
  if (doc.offset) text.position.add(new THREE.Vector3(...doc.offset));
  group.add(text);
  return group;
}

function disposeTree(object) {
  object.traverse((child) => {
    if (child.geometry) child.geometry.dispose();
    if (child.material) {
      for (const material of [].concat(child.material)) {
        if (material.map) material.map.dispose();
        material.dispose();
      }
    }
  });
}

function webglAvailable() {
  try {
    const canvas = document.createElement("canvas");
    return !!(canvas.getContext("webgl2") || canvas.getContext("webgl"));
  } catch (error) {
    return false;
  }
}

function render({ model, el }) {
  el.classList.add("cad-viewer");
  const box = document.createElement("div");
  box.style.position = "relative";
  box.style.width = "100%";
  box.style.maxWidth = `${model.get("width")}px`;
  box.style.height = `${model.get("height")}px`;
  box.style.border = "1px solid #d0d7de";
  box.style.borderRadius = "4px";
  box.style.overflow = "hidden";
  box.style.background = "#f6f8fa";
  el.appendChild(box);

  const legend = document.createElement("div");
  legend.className = "cad-legend";
  legend.style.cssText = "position:absolute;left:8px;top:6px;font:12px DejaVu Sans,Arial,sans-serif;color:#1b2a3a;" +
    "pointer-events:none;line-height:1.5";
  const hint = document.createElement("div");
  hint.className = "cad-hint";
  hint.style.cssText = "position:absolute;right:8px;bottom:6px;font:11px DejaVu Sans,Arial,sans-serif;color:#57606a;" +
    "pointer-events:none";
  box.appendChild(legend);
  box.appendChild(hint);

  if (!webglAvailable()) {
    const note = document.createElement("div");
    note.className = "cad-no-webgl";
    note.style.cssText = "padding:40px 16px;font:14px DejaVu Sans,Arial,sans-serif;color:#cf222e";
    note.textContent = model.get("texts").no_webgl || "WebGL is off in this browser.";
    box.appendChild(note);
    model.set("status", "no-webgl");
    model.save_changes();
    return () => el.removeChild(box);
  }

  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  renderer.setClearColor(0xf6f8fa, 1);
  renderer.domElement.style.display = "block";
  renderer.domElement.className = "cad-canvas";
  // a picture for a screen reader too: what is shown and the part's size, in the course language
  renderer.domElement.setAttribute("role", "img");
  const describe = () => renderer.domElement.setAttribute("aria-label", model.get("description") || "");
  describe();
  box.insertBefore(renderer.domElement, legend);

  const scene = new THREE.Scene();
  scene.add(new THREE.HemisphereLight(0xffffff, 0x8899aa, 1.6));
  const sun = new THREE.DirectionalLight(0xffffff, 1.6);
  scene.add(sun);
  const camera = new THREE.PerspectiveCamera(35, 1, 0.1, 100000);
  camera.up.set(0, 0, 1);
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.enableDamping = false;
  controls.screenSpacePanning = true;

  let content = new THREE.Group();
  scene.add(content);
  let renders = 0;

  function draw() {
    sun.position.copy(camera.position).add(new THREE.Vector3(0, 0, camera.position.length() * 0.3));
    renderer.render(scene, camera);
    renders += 1;
    el.dataset.renders = String(renders);
    const azimuth = Math.round(THREE.MathUtils.radToDeg(controls.getAzimuthalAngle()));
    const polar = Math.round(THREE.MathUtils.radToDeg(controls.getPolarAngle()));
    el.dataset.view = `${azimuth},${polar},${camera.position.distanceTo(controls.target).toFixed(1)}`;
  }

  function resize() {
    const width = Math.max(box.clientWidth, 50), height = Math.max(box.clientHeight, 50);
    renderer.setSize(width, height, true);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    draw();
  }

  function frame(bounds, keepView) {
    const [x0, y0, z0, x1, y1, z1] = bounds;
    const center = new THREE.Vector3((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
    const radius = Math.max(Math.hypot(x1 - x0, y1 - y0, z1 - z0) / 2, 1);
    if (keepView) return radius;
    const view = model.get("view");
    const directions = {
      iso: [1, -1.4, 0.9], front: [0, -1, 0.0001], top: [0, -0.0001, 1], right: [1, 0, 0.0001],
    };
    const direction = new THREE.Vector3(...(directions[view] || directions.iso)).normalize();
    const distance = radius / Math.sin(THREE.MathUtils.degToRad(camera.fov / 2)) * 1.15;
    controls.target.copy(center);
    camera.position.copy(center).add(direction.multiplyScalar(distance));
    camera.near = distance / 100;
    camera.far = distance * 100;
    camera.updateProjectionMatrix();
    controls.update();
    return radius;
  }

  let framed = false;
  function rebuild() {
    scene.remove(content);
    disposeTree(content);
    content = new THREE.Group();
    const meshes = model.get("meshes") || [];
    for (const doc of meshes) content.add(meshObject(doc));
    const bounds = model.get("bounds");
    const radius = frame(bounds, framed && model.get("keep_view"));
    framed = meshes.length > 0;
    const grid = model.get("grid");
    if (grid && grid.size > 0) {
      const helper = new THREE.GridHelper(grid.size, Math.round(grid.size / grid.step), 0x8c959f, 0xd0d7de);
      helper.rotation.x = Math.PI / 2;  // three.js lays grids in XZ; the bed is XY
      helper.position.set(grid.center[0], grid.center[1], 0);
      helper.material.transparent = true;
      helper.material.opacity = 0.9;
      content.add(helper);
      const axes = new THREE.AxesHelper(grid.step * 2);
      axes.renderOrder = 8;
      content.add(axes);
    }
    const size = radius * 0.045;
    for (const doc of model.get("dimensions") || []) content.add(dimension(doc, size));
    scene.add(content);
    const texts = model.get("texts") || {};
    legend.innerHTML = "";
    for (const doc of meshes) {
      if (!doc.legend) continue;
      const row = document.createElement("div");
      const swatch = document.createElement("span");
      const color = doc.color || `#${(COLORS[doc.role] ?? COLORS.part).toString(16).padStart(6, "0")}`;
      swatch.style.cssText = `display:inline-block;width:10px;height:10px;margin-right:6px;background:${color};` +
        `opacity:${doc.role === "target" ? 0.5 : 1}`;
      row.appendChild(swatch);
      row.appendChild(document.createTextNode(doc.legend));
      legend.appendChild(row);
    }
    hint.textContent = texts.hint || "";
    draw();
  }

  controls.addEventListener("change", draw);
  const observer = new ResizeObserver(() => resize());
  observer.observe(box);
  const onChange = () => rebuild();
  model.on("change:meshes", onChange);
  model.on("change:dimensions", onChange);
  model.on("change:grid", onChange);
  const onView = () => { framed = false; rebuild(); };
  model.on("change:view", onView);
  model.on("change:description", describe);
  model.on("msg:custom", (message) => {
    if (message && message.type === "turn") {
      // turn the view about the target, as a drag would (used by tests and the lab's buttons)
      const offset = camera.position.clone().sub(controls.target);
      offset.applyAxisAngle(new THREE.Vector3(0, 0, 1), THREE.MathUtils.degToRad(message.degrees || 0));
      camera.position.copy(controls.target).add(offset);
      controls.update();
    }
  });
  rebuild();
  resize();
  model.set("status", "rendered");
  model.save_changes();

  return () => {
    observer.disconnect();
    model.off("change:meshes", onChange);
    model.off("change:dimensions", onChange);
    model.off("change:grid", onChange);
    model.off("change:view", onView);
    model.off("change:description", describe);
    controls.dispose();
    disposeTree(scene);
    renderer.dispose();
    if (box.parentNode === el) el.removeChild(box);
  };
}

export default { render };
