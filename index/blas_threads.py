"""numpy's OpenBLAS held to one thread, so the parser can multiply with numpy instead of BLIS.

Parsing a question or a candidate sentence is most of a new question's CPU, and its matrices are
tiny (a sentence's dozen tokens by 288): spaCy's default BLIS gemm spends 0.11 ms on one that
OpenBLAS does in 0.08 on one thread; on two threads OpenBLAS's hand-off costs more than the
product (0.6 ms of the caller's CPU). A parse is ~15 % cheaper with numpy on one thread, and the
same: tags, dependencies, lemmas and entities were identical on every paragraph of the tuning
sets' articles, batched and one sentence at a time (`multiply_with_numpy`, called by spacy_import.load, switches only when HELD).

OpenBLAS reads its thread count once, when numpy loads: so this runs when `index` (or `bot`) is
first imported, and holds it only if numpy is not loaded yet and no count was set by the user.
whosaid's other numpy products (a question against the stored vectors) are a single
matrix-vector product; the embedding model runs in ONNX Runtime's own threads.
"""

from __future__ import annotations

import os
import sys

VARIABLE = "OPENBLAS_NUM_THREADS"

HELD = "numpy" not in sys.modules and os.environ.setdefault(VARIABLE, "1") == "1"


def multiply_with_numpy(nlp) -> None:
    """A loaded spaCy pipeline's matrix products made by numpy, when HELD (else left to BLIS)."""
    if not HELD:
        return
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            node.ops = ops
