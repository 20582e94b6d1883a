"""The process figure-drawing workers are forked from (``govreport build``).

Imported by a fork server (:func:`govreport.publish.figures.drawing_pool`), never by the build's own process: matplotlib
with the Agg backend (files only), the chart registry and the CJK font, loaded once and warmed by
saving one small figure in every format, so that each worker starts from this small, ready
process instead of from the build's process (a forked worker starts with its parent's memory)
and a worker can be replaced after a few figures without loading anything again.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

import govreport.publish.charts  # noqa: E402,F401  (registers the figures)
from govreport.publish import figures, style  # noqa: E402


def _warm_up() -> None:
    """Load the fonts and the three backends once, here, rather than in every worker."""
    fig, ax = plt.subplots(figsize=(2, 1))
    ax.set_title("政府工作报告 2025")
    for fmt in figures.FORMATS:
        fig.savefig(io.BytesIO(), format=fmt, dpi=style.DPI, metadata=figures._METADATA[fmt])
    plt.close(fig)


_warm_up()
