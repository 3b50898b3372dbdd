"""The page as PDF, made from the same HTML by WeasyPrint.

Why WeasyPrint: it is a well-kept HTML/CSS-to-PDF engine on PyPI (BSD), so one HTML page gives both the
screen and the print version; it shapes text with Pango and HarfBuzz (Debian's libpango, which the package's
browser already needs), so Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) render like any Cyrillic; and it embeds
the fonts it uses, subset, so the PDF prints the same on any computer.  The font is DejaVu Sans from
matplotlib's own files (a dependency already), named by ``@font-face``: the PDF never depends on which fonts a
school's server happens to have.  (ReportLab and fpdf2 would need the page laid out a second time in Python;
a headless browser's print would need Chromium on every server that makes profiles.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def font_css() -> str:
    """``@font-face`` rules for DejaVu Sans (regular, bold, italic) from matplotlib's font files."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    faces = [("DejaVuSans.ttf", "normal", "normal"), ("DejaVuSans-Bold.ttf", "bold", "normal"),
             ("DejaVuSans-Oblique.ttf", "normal", "italic"), ("DejaVuSans-BoldOblique.ttf", "bold", "italic")]
    return "\n".join(f'@font-face {{ font-family: "DejaVu Sans"; src: url("{(folder / name).as_uri()}"); '
                     f"font-weight: {weight}; font-style: {style}; }}" for name, weight, style in faces)


def write_pdf(document: str, target: Path) -> Path:
    """Render the HTML ``document`` to ``target`` (A4, fonts embedded)."""
    from weasyprint import CSS, HTML

    target = Path(target)
    HTML(string=document, base_url=str(target.parent)).write_pdf(target, stylesheets=[CSS(string=font_css())])
    return target
