// A lab's plot (curriculum.labs.widgets.PlotImage): the PNG the kernel drew, in an <img> with a text alternative in
// the course language (what the picture shows: its axes and lines), which ipywidgets' Image cannot carry.
function render({ model, el }) {
  el.classList.add("lab-plot-box");
  const img = document.createElement("img");
  img.className = "lab-plot";
  img.decoding = "async";
  el.append(img);
  let url = null;
  const show = () => {
    const data = model.get("value");
    img.alt = model.get("alt");
    if (!data || !data.byteLength) return;
    const previous = url;
    url = URL.createObjectURL(new Blob([data], { type: "image/png" }));
    img.src = url;
    if (previous) URL.revokeObjectURL(previous);
  };
  const describe = () => { img.alt = model.get("alt"); };
  model.on("change:value", show);
  model.on("change:alt", describe);
  show();
  return () => {
    model.off("change:value", show);
    model.off("change:alt", describe);
    if (url) URL.revokeObjectURL(url);
  };
}

export default { render };
