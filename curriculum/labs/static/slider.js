// A lab's slider (curriculum.labs.widgets.LabSlider): a native range input with its visible label as its accessible
// name, and the value written as the course language writes it (decimal comma, unit) both beside the slider and as
// the input's aria-valuetext, so a screen reader says "90 км/сағ" where ipywidgets' slider said nothing.
//
// The keyboard is the browser's own (arrows one step, Page Up/Down, Home/End). While a value is on its way to the
// kernel, newer ones wait and only the latest is sent when the kernel has handled it (its "done" message): a fast
// drag never builds a queue of pictures the kernel must draw one after another.

// The value with the step's decimals and no trailing zeros, the language's separators: the rule of
// curriculum.numbers.format_decimal, which the Python side (Slider.readout) uses for the same values.
export function formatValue(value, places, decimal, group) {
  let text = Math.abs(value).toFixed(places);
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  let [whole, fraction] = text.split(".");
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  text = fraction ? `${whole}${decimal}${fraction}` : whole;
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

function render({ model, el }) {
  const id = `lab-slider-${Math.random().toString(36).slice(2, 10)}`;
  el.classList.add("lab-slider");
  const label = document.createElement("label");
  label.className = "lab-slider-label";
  label.htmlFor = id;
  const input = document.createElement("input");
  input.type = "range";
  input.id = id;
  input.className = "lab-slider-input";
  const output = document.createElement("output");
  output.className = "lab-slider-readout";
  output.setAttribute("for", id);
  el.append(label, input, output);
  let button = null, playing = null;
  if (model.get("play_interval") > 0) {  // an animation: a Play/Pause button before the slider
    button = document.createElement("button");
    button.type = "button";
    button.className = "lab-slider-play";
    el.insertBefore(button, input);
  }

  const text = (value) => {
    const unit = model.get("unit");
    const number = formatValue(value, model.get("places"), model.get("decimal"), model.get("group"));
    return unit ? `${number}\u00a0${unit}` : number;
  };
  const show = (value) => {
    const shown = text(value);
    output.textContent = shown;
    input.setAttribute("aria-valuetext", shown);
  };
  const sync = () => {
    label.textContent = model.get("label");
    input.min = model.get("min");
    input.max = model.get("max");
    input.step = model.get("step");
    input.value = model.get("value");
    show(model.get("value"));
  };

  let inflight = false, pending = null, timer = null;
  const send = (value) => {
    inflight = true;
    model.set("value", value);
    model.save_changes();
    clearTimeout(timer);
    timer = setTimeout(release, 2000);  // a kernel that never answers does not freeze the slider
  };
  const release = () => {
    inflight = false;
    clearTimeout(timer);
    if (pending !== null) {
      const value = pending;
      pending = null;
      send(value);
    }
  };
  const onInput = () => {
    const value = Number(input.value);
    show(value);
    if (inflight) pending = value;
    else send(value);
  };
  const onMessage = (msg) => { if (msg && msg.type === "done") release(); };
  // the keys that move the slider are the slider's: not JupyterLab's shortcuts (in command mode an arrow key
  // would also move the notebook's selection or fold a heading)
  const SLIDER_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End"]);
  const onKey = (event) => { if (SLIDER_KEYS.has(event.key)) event.stopPropagation(); };
  const onChange = () => {
    if (Number(input.value) !== model.get("value") && pending === null) {
      input.value = model.get("value");
    }
    if (pending === null) show(model.get("value"));
  };
  const texts = () => model.get("play_texts") || {};
  const showButton = () => {
    if (!button) return;
    const name = playing ? texts().pause || "Pause" : texts().play || "Play";
    button.textContent = playing ? "\u275a\u275a" : "\u25b6";
    button.setAttribute("aria-label", name);
    button.title = name;
    button.setAttribute("aria-pressed", playing ? "true" : "false");
  };
  const tick = () => {  // one step on, back to the start after the end; only the latest value waits for the kernel
    const step = model.get("step"), low = model.get("min"), high = model.get("max");
    let value = Number(input.value) + step;
    if (value > high + step / 2) value = low;
    input.value = value;
    onInput();
  };
  const onPlay = () => {
    if (playing) { clearInterval(playing); playing = null; }
    else playing = setInterval(tick, Math.max(16, model.get("play_interval")));
    showButton();
  };
  if (button) { button.addEventListener("click", onPlay); showButton(); }
  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKey);
  model.on("msg:custom", onMessage);
  model.on("change:value", onChange);
  model.on("change:min change:max change:step change:label change:unit change:places", sync);
  sync();
  return () => {
    clearTimeout(timer);
    if (playing) clearInterval(playing);
    if (button) button.removeEventListener("click", onPlay);
    input.removeEventListener("input", onInput);
    input.removeEventListener("keydown", onKey);
    model.off("msg:custom", onMessage);
    model.off("change:value", onChange);
    model.off("change:min change:max change:step change:label change:unit change:places", sync);
  };
}

export default { render };
