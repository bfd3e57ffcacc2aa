"""An ONNX model's graph as onnxruntime optimises it, kept beside the model: later processes load it ready.

Creating an onnxruntime session optimises the model's graph (constant folding, fusions, layouts)
every time, the same work in every new process: 190 ms of CPU of a cold `whosaid ask` (~1.7 s
of CPU on the 2-core bench machine), against ~100 ms to load the graph already optimised with
optimisation off. The first session writes its optimised graph (`optimized_model_filepath`) and
later ones load that file with `ORT_DISABLE_ALL`: the same graph runs the same kernels, and the
vectors are equal bit for bit (tests/index/test_onnx_graphs.py; 1,000 bench texts and questions).

onnxruntime warns that a graph optimised at the highest level may hold kernels of this CPU only,
so the file is named by onnxruntime's version and this CPU's model and feature flags: another
version or another machine sharing the folder optimises anew and keeps its own. A kept file that
does not load is removed and the graph optimised again. Nothing of this is an error a user sees:
when the folder cannot be written, every session optimises as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

QUIET = 3  # onnxruntime's log severity "error": its warning about saving a CPU's own graph is expected here


def session(model: Path, options_for: Any, providers: list[str], disabled_optimizers: list[str]) -> Any:
    """An `InferenceSession` of `model` on `providers`. `options_for(level)` gives the session
    options with that graph optimisation level (the caller's threads and the like)."""
    import onnxruntime as ort

    kept = kept_path(model)
    if kept.is_file():
        try:
            return ort.InferenceSession(str(kept), sess_options=options_for(ort.GraphOptimizationLevel.ORT_DISABLE_ALL),
                                        providers=providers)
        except Exception:  # damaged or unreadable: optimised again below, and rewritten
            log.warning("the optimised embedding graph %s did not load; optimising the model again", kept)
            kept.unlink(missing_ok=True)
    options = options_for(ort.GraphOptimizationLevel.ORT_ENABLE_ALL)
    tmp = _temporary_beside(kept)
    if tmp is not None:
        options.optimized_model_filepath = str(tmp)
        options.log_severity_level = QUIET
    try:
        made = ort.InferenceSession(str(model), sess_options=options, providers=providers,
                                    disabled_optimizers=disabled_optimizers)
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    if tmp is not None:
        _keep(tmp, kept)
    return made


def kept_path(model: Path) -> Path:
    """Where `model`'s optimised graph is kept for this onnxruntime and this CPU."""
    import onnxruntime as ort

    return model.with_name(f"{model.stem}.optimised-{ort.__version__}-{cpu_key()}.onnx")


@lru_cache(maxsize=1)
def cpu_key() -> str:
    """A short name for this CPU: its architecture, model and feature flags (the kernels a graph
    optimised here may use)."""
    described = [platform.machine()]
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                name, _, value = line.partition(":")
                if name.strip() in ("model name", "flags", "Features", "CPU part") and value.strip() not in described:
                    described.append(value.strip())
                if line.strip() == "":  # the first processor described is enough: the cores are alike
                    break
    except OSError:  # not Linux: the architecture and what Python says of the processor
        described.append(platform.processor())
    return hashlib.sha256("\n".join(described).encode()).hexdigest()[:12]


def _temporary_beside(target: Path) -> Path | None:
    """An empty temporary file in `target`'s folder (renamed over it once written), or None when
    the folder cannot be written."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".optimising-", suffix=".onnx", dir=target.parent)
        os.close(fd)
        return Path(tmp)
    except OSError:
        return None


def _keep(tmp: Path, target: Path) -> None:
    """Rename the graph onnxruntime wrote over `target` (atomic: a second process doing the same
    at once leaves one whole file); a failure only means optimising again next time."""
    try:
        if tmp.stat().st_size == 0:  # onnxruntime wrote nothing
            raise OSError("empty")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
