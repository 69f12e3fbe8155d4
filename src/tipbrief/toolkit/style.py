"""House style for every chart: colour-blind-safe palette, A4-legible type, no chart junk."""

from __future__ import annotations

import matplotlib as mpl
from cycler import cycler
from matplotlib.figure import Figure

#: Okabe-Ito palette (safe for the common colour-vision deficiencies), black left out of the cycle.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
}
PALETTE = [OKABE_ITO[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky", "yellow")]
#: Colour for annotations that must stand out from data (conflicts).
ALERT = OKABE_ITO["vermillion"]
MUTED = "#6b6b6b"

#: Drawn for a phone as well as for A4: at 4.6 in wide a chart fills a 390 px screen at about its natural size,
#: so its smallest text (SMALL pt) stays 9 px or more there; in the PDF it sits centred in the 6.7 in column.
FIGSIZE = (4.6, 3.3)
#: Smallest text in a chart (value labels, notes, source line), in points.
SMALL = 9.0
#: Characters per line of chart text at SMALL size that fit FIGSIZE's width.
LINE_CHARS = 64
#: Pixel density of saved PNGs: sharp in print, a few hundred kB at most.
DPI = 200

RC = {
    "figure.figsize": FIGSIZE,
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "savefig.bbox": "tight",
    # SVG text names fallbacks, so a phone without DejaVu Sans shows a sans-serif of similar width
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"],
    "font.size": 9,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#333333",
    "axes.linewidth": 0.8,
    "axes.grid": False,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": cycler(color=PALETTE),
    "lines.linewidth": 1.8,
    "lines.markersize": 6,
    "svg.fonttype": "none",
    "svg.hashsalt": "tipbrief",  # clip-path ids from a fixed salt: the same chart gives the same SVG bytes
}


#: Attribute of a Figure holding its alt text (set by tipbrief.toolkit.charts.set_alt).
ALT_ATTRIBUTE = "tipbrief_alt"
#: Where a displayed figure's alt text goes in the notebook output: metadata["image/svg+xml"]["alt"].
ALT_KEY = "alt"
#: Where a displayed figure that shows no data keeps its one-line message: metadata["image/svg+xml"]["empty"]
#: (the briefing prints that line in the chart's place).
EMPTY_KEY = "empty"


def empty_message(fig: Figure) -> str:
    """The line a chart that shows no data stands for: its title and the message drawn in its place ("Prevention
    capacity: no figures in the sources"); "" when any panel has data (every visible panel carries the text a
    chart function wrote with gid ``empty``)."""
    axes = [ax for ax in fig.axes if ax.get_visible()]
    said = [t.get_text() for ax in axes for t in ax.texts if t.get_gid() == "empty"]
    if not axes or not said or any(not any(t.get_gid() == "empty" for t in ax.texts) for ax in axes):
        return ""
    title = " ".join(fig.get_suptitle().split())
    return f"{title.rstrip('.:')}: {said[0][:1].lower()}{said[0][1:]}" if title else said[0]


def svg_with_alt(fig: Figure) -> tuple[str, dict] | str:
    """IPython's SVG formatter for a figure: the SVG (text kept as text, so it scales and stays searchable),
    plus the figure's alt text as output metadata when a chart function attached one."""
    from IPython.core.pylabtools import print_figure

    svg = print_figure(fig, fmt="svg", bbox_inches="tight", metadata={"Date": None})  # no date: same bytes
    meta = {ALT_KEY: fig.__dict__.get(ALT_ATTRIBUTE)} if fig.__dict__.get(ALT_ATTRIBUTE) else {}
    if message := empty_message(fig):
        meta[EMPTY_KEY] = message
    return (svg, meta) if meta else svg


def use() -> None:
    """Apply the house style; inside IPython also show inline figures as SVG carrying their alt text."""
    mpl.rcParams.update(RC)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipykernel, a dependency
        return
    shell = get_ipython()
    if shell is not None:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        set_matplotlib_formats("svg")
        shell.display_formatter.formatters["image/svg+xml"].for_type(Figure, svg_with_alt)
        _draw_once(shell)


def _draw_once(shell: object) -> None:
    """Inline figures drawn once, as the SVG the notebook keeps: pyplot's REPL hook would first render every new
    figure with Agg after each cell (a full layout and raster, about a tenth of a notebook run), only for
    matplotlib_inline to draw it again as SVG and close it. Figures are still shown at the end of each cell."""
    import matplotlib.pyplot as plt

    if not str(mpl.rcParams["backend"]).endswith("backend_inline") or plt.get_fignums():
        return  # another backend (a GUI, ipympl), or figures already open that a backend switch would close
    plt.switch_backend(mpl.rcParams["backend"])  # resolve the backend now: this installs pyplot's REPL hook...
    plt.uninstall_repl_displayhook()  # ...which is removed again (%matplotlib or plt.ion() install it anew)
