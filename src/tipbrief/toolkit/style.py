"""House style for every chart: colour-blind-safe palette, A4-legible type, no chart junk."""

from __future__ import annotations

import matplotlib as mpl
from cycler import cycler

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

#: One A4 text column (A4 minus 2 x 2.5 cm margins is about 6.3 in wide).
FIGSIZE = (6.3, 3.6)
#: Pixel density of saved PNGs: sharp in print, a few hundred kB at most.
DPI = 200

RC = {
    "figure.figsize": FIGSIZE,
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "savefig.bbox": "tight",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
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
}


def use() -> None:
    """Apply the house style; inside IPython also make inline figures crisp (200 dpi PNG)."""
    mpl.rcParams.update(RC)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipykernel, a dependency
        return
    if get_ipython() is not None:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        # "retina" = PNG at twice figure.dpi, displayed at natural size.
        set_matplotlib_formats("retina")
