"""The packaged MiniLM with its matrix products on int8 (VNNI), converted once and cached.

The packaged model stores its weights in int8 but multiplies in float32: each weight is a
`Cast` and a `Mul` by its column scales, which onnxruntime folds into float32 at load. Here
the products themselves run on int8 (`MatMulInteger`, which uses the CPU's int8 dot-product
instructions), with the model's own int8 weights unchanged and the activations quantised
when each text is run. About half the CPU per word piece (docs/bench.md).

How the activations are quantised was measured on 300 of the bench's ingest texts (cosine to
the float32 products' vectors; `tests/index/test_embeddings_int8.py` keeps a bound):
- per row (each word piece its own scale, symmetric): 0.9991 on average, 0.998 at worst;
- per tensor (`DynamicQuantizeLinear`, what onnxruntime's quantiser emits, 10-20% cheaper):
  0.993 / 0.989, and a text's vector would depend on the other texts of its batch (up to
  0.011 apart embedded alone or in a batch): one [CLS]-like word piece sets the scale for all;
- the value product stays float32 (1/12 of the work): its input has a few large channels,
  not rows, and the value carries the error straight to the output (0.998 with it, per row
  or per tensor alike);
- onnxruntime's `MatMulNBits` (8 bits, int8 compute) was as close but slower here.

onnxruntime's `quantize_dynamic` quantises per tensor only and needs float weights (it would
re-quantise these int8 ones), hence this rewrite with `onnx`'s graph helpers. `onnx` is
imported only to convert, never when the cached file exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

# Bump when the rewrite changes: the cached file's name holds it, so an old one is not used.
CONVERTER = "2"
# The six weight products of a layer, in graph order: query, key, value, attention output,
# feed-forward in and out; True = on int8 (see the docstring).
ON_INT8 = (True, True, False, True, True, True)
LAYERS = 6
_MIB = 1 << 20


def cached_model(source: Path, cache_dir: Path) -> Path:
    """The converted model for `source`, from `cache_dir` or converted into it now (about a second)."""
    known = _known(source, cache_dir)
    if known is not None:
        return known
    target = cache_dir / f"minilm-int8-matmul-{_digest(source)}.onnx"
    if not target.is_file():
        convert(source, target)
    _remember(source, target)
    return target


# Which source file was last hashed, and its converted file. Hashing the 23 MB packaged model
# took 30 ms of CPU at every start (a cold `ask` loads the model beside its imports); a source
# file whose path, size, modification time and inode are those recorded is taken as unchanged,
# as Python takes a module's source for its .pyc (a reinstall writes a new file: all differ).
STAMP = "minilm-int8-matmul.source.json"


def _stat_key(source: Path) -> list:
    st = source.stat()
    return [str(source.resolve()), st.st_size, st.st_mtime_ns, st.st_ino, CONVERTER]


def _known(source: Path, cache_dir: Path) -> Path | None:
    try:
        stamp = json.loads((cache_dir / STAMP).read_text(encoding="utf-8"))
        name = stamp["converted"]
        if stamp["source"] != _stat_key(source) or Path(name).name != name:
            return None
        return cache_dir / name if (cache_dir / name).is_file() else None
    except (OSError, ValueError, KeyError, TypeError):  # none yet, or unreadable: hash
        return None


def _remember(source: Path, target: Path) -> None:
    """Written to a temporary file and renamed, like the model; a failure only means hashing next time."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".stamp-", suffix=".json", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"source": _stat_key(source), "converted": target.name}, f)
        os.replace(tmp, target.parent / STAMP)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def forget(path: Path) -> None:
    """Remove a cached model that does not load, so the next use converts it again."""
    path.unlink(missing_ok=True)


def _digest(source: Path) -> str:
    sha = hashlib.sha256(CONVERTER.encode())
    with source.open("rb") as f:
        while block := f.read(4 * _MIB):
            sha.update(block)
    return sha.hexdigest()[:20]


def convert(source: Path, target: Path) -> None:
    """Write the converted model to `target` atomically: a temporary file in the same folder,
    renamed over it, so a crash or a second process converting at once never leaves half a file."""
    import onnx

    model = onnx.load(str(source))
    rewritten = _rewrite(model.graph)
    if rewritten != LAYERS * sum(ON_INT8):
        raise ValueError(f"{source} is not the MiniLM graph this converter knows ({rewritten} products found)")
    onnx.checker.check_model(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".converting-", suffix=".onnx", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(model.SerializeToString())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _rewrite(graph) -> int:
    """Replace each `MatMul(x, Mul(Cast(int8 weight), column scales))` by its int8 form; how many."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    constants = {i.name for i in graph.initializer}
    producer = {out: node for node in graph.node for out in node.output}
    graph.initializer.extend([
        numpy_helper.from_array(np.array(1.0, np.float32), "i8_one"),
        numpy_helper.from_array(np.array(128, np.uint8), "i8_zero"),  # uint8 128 = 0: symmetric rows
        numpy_helper.from_array(np.array(1 / 127, np.float32), "i8_step"),
        numpy_helper.from_array(np.array(1e-12, np.float32), "i8_tiny"),
    ])
    replaced: dict[int, list] = {}
    quantised: dict[str, tuple[str, str]] = {}  # input -> (its int8 rows, their scales)
    seen = 0
    for node in graph.node:
        scaled = producer.get(node.input[1]) if node.op_type == "MatMul" else None
        cast = producer.get(scaled.input[0]) if scaled is not None and scaled.op_type == "Mul" else None
        if cast is None or cast.op_type != "Cast" or cast.input[0] not in constants or scaled.input[1] not in constants:
            continue
        seen += 1
        if not ON_INT8[(seen - 1) % len(ON_INT8)]:
            continue
        weight, column_scales, x, p = cast.input[0], scaled.input[1], node.input[0], f"i8_{seen}_"
        nodes = []
        if x not in quantised:  # query and key read the same input: quantise it once
            # each row scaled to [-127, 127] by its largest magnitude, rounded, shifted to uint8
            nodes += [
                helper.make_node("Abs", [x], [p + "abs"]),
                helper.make_node("ReduceMax", [p + "abs"], [p + "max"], axes=[-1], keepdims=1),
                helper.make_node("Max", [p + "max", "i8_tiny"], [p + "max1"]),  # an all-zero row
                helper.make_node("Mul", [p + "max1", "i8_step"], [p + "scale"]),
                helper.make_node("Div", [x, p + "scale"], [p + "unit"]),
                helper.make_node("QuantizeLinear", [p + "unit", "i8_one", "i8_zero"], [p + "q"]),
            ]
            quantised[x] = (p + "q", p + "scale")
        q, scale = quantised[x]
        nodes += [
            helper.make_node("MatMulInteger", [q, weight, "i8_zero"], [p + "int"]),
            helper.make_node("Cast", [p + "int"], [p + "float"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [p + "float", scale], [p + "rows"]),
            helper.make_node("Mul", [p + "rows", column_scales], list(node.output)),
        ]
        replaced[id(node)] = nodes
        replaced[id(scaled)] = replaced[id(cast)] = []  # the float32 weight is no longer made
    order = [new for node in graph.node for new in replaced.get(id(node), [node])]
    del graph.node[:]
    graph.node.extend(order)
    return sum(1 for nodes in replaced.values() if nodes)
