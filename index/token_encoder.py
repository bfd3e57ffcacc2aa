"""spaCy's token encoder (the small English pipeline's `tok2vec` CNN, which the tagger and parser
share and the NER holds a copy of) run for parsing without thinc's layer plumbing.

Every parse starts with it, and on a question or a candidate sentence (a dozen tokens) most of its
time is thinc calling ~60 nested layers, each building a backprop closure a parse never uses: 1.5 ms
a sentence, of which the arithmetic is 1.0. Here the same steps call the same operations in the same
order on the same arrays (hash embeddings, maxout, layer norm, windowed residual blocks), so the
vectors are bit for bit thinc's (tests/index/test_token_encoder.py; checked on every paragraph of
the tuning sets) and the parses identical. Training (`is_train`) and any model of another shape go
to thinc as before: `install` recognises the shape or leaves the model alone.
"""

from __future__ import annotations

from collections.abc import Callable

def install(nlp) -> int:
    """Give each token encoder of a loaded pipeline the fused forward; how many were fitted."""
    fitted = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            if not getattr(node._func, "fused", False) and (shape := _shape(node)) is not None:
                node._func = _fused(node._func, shape)
                fitted += 1
    return fitted


def _shape(node):
    """(feature extractor, [(column, hash table)], (maxout, layernorm), padding, [(window, (maxout,
    layernorm))]) of a node built as spaCy's HashEmbedCNN: chain(chain(
    extract_features, list2ragged, with_array(concatenate(getitem >> hashembed ...)),
    with_array(maxout >> layernorm >> dropout), ragged2list), with_array(residual(expand_window >>
    maxout >> layernorm >> dropout) ...)); else None."""
    try:
        embed, encode = node.layers
        extract, to_ragged, hashed, mixed, to_list = embed.layers
        if (extract.name, to_ragged.name, to_list.name) != ("extract_features", "list2ragged", "ragged2list"):
            return None
        if not (hashed.name.startswith("with_array(") and mixed.name == "with_array(maxout>>layernorm>>dropout)"):
            return None
        hashes = []
        for branch in hashed.layers[0].layers:
            getitem, table = branch.layers
            if (getitem.name, table.name) != ("ints-getitem", "hashembed"):
                return None
            index = getitem.attrs["index"]
            hashes.append((index, table))
        mix = _mlp(mixed.layers[0])
        blocks = []
        (residuals,) = encode.layers
        if not encode.name.startswith("with_array(residual("):
            return None
        for residual in residuals.layers:
            window, rest = residual.layers[0].layers
            if not residual.name.startswith("residual(") or window.name != "expand_window":
                return None
            blocks.append((window, _mlp(rest)))
        if mix is None or any(b[1] is None for b in blocks):
            return None
        return extract, hashes, mix, encode.attrs["pad"], blocks
    except (AttributeError, ValueError, KeyError, TypeError):
        return None


def _mlp(node):
    """(maxout, layernorm) of maxout >> layernorm >> dropout, else None."""
    try:
        (maxout, norm), dropout = node.layers[0].layers, node.layers[1]
    except (AttributeError, ValueError, IndexError):
        return None
    if (maxout.name, norm.name, dropout.name) != ("maxout", "layernorm", "dropout"):
        return None
    return maxout, norm


def _fused(thinc_forward: Callable, shape) -> Callable:
    def forward(model, docs, is_train: bool):
        # (an empty batch or text: thinc's own steps for empty arrays)
        if is_train or not docs or any(len(doc) == 0 for doc in docs):
            return thinc_forward(model, docs, is_train)
        return _encode(model, shape, docs), _no_backprop

    forward.fused = True
    forward.thinc_forward = thinc_forward
    return forward


def _no_backprop(_):
    raise RuntimeError("the fused token encoder only parses; training goes through thinc")


def _encode(model, shape, docs):
    extract, hashes, mix, pad, blocks = shape
    columns = extract.attrs["columns"]
    ops = extract.ops
    features = []
    for doc in docs:
        attrs = doc.to_array(columns) if hasattr(doc, "to_array") else doc.doc.to_array(columns)[doc.start:doc.end]
        if attrs.ndim == 1:
            attrs = attrs.reshape((attrs.shape[0], 1))
        features.append(ops.asarray2i(attrs, dtype="uint64"))
    lengths = model.ops.asarray1i([len(f) for f in features])
    ids = ops.flatten(features)
    vectors = []
    for index, table in hashes:
        E = table.get_param("E")
        keys = table.ops.hash(table.ops.as_contig(ids[index], dtype="uint64"), table.attrs["seed"]) % E.shape[0]
        vectors.append(table.ops.gather_add(E, keys))
    embedded = _layer_norm(mix[1], _maxout(mix[0], ops.xp.hstack(vectors)))
    flat = model.ops.flatten(model.ops.unflatten(embedded, lengths), pad=pad)
    for window, (maxout, norm) in blocks:
        expanded = window.ops.seq2col(flat, window.attrs["window_size"])
        flat = flat + _layer_norm(norm, _maxout(maxout, expanded))
    return model.ops.unflatten(flat, lengths, pad=pad)


def _maxout(maxout, X):
    ops = maxout.ops
    nO, nP, nI = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    Y = ops.gemm(X, ops.reshape2f(maxout.get_param("W"), nO * nP, nI), trans2=True)
    Y += ops.reshape1f(maxout.get_param("b"), nO * nP)
    best, _ = ops.maxout(ops.reshape3f(Y, Y.shape[0], nO, nP))
    return best


def _layer_norm(norm, X):
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True) + 1e-08
    Y = (X - mu) * var ** (-1.0 / 2.0) * norm.get_param("G")
    Y += norm.get_param("b")
    return Y
