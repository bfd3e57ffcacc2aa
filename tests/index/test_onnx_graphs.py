"""The embedding model's optimised graph is kept beside the converted model: the first process
writes it, later ones load it with optimisation off and get the same vectors bit for bit; a
damaged kept graph is replaced; a folder that cannot be written only means optimising each time."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pytest

from index import onnx_graphs
from index.embeddings import OnnxMiniLMEmbedding

TEXTS = [
    "The harbour board said on Tuesday that ferry fares would fall by a fifth from March.",
    "“We listened to the islanders and we acted,” the port's director told a packed meeting.",
    "Asked whether the timetable would change again, she said: “Not this year.”",
    "What did the port's director say about the ferry fares?",
    "Fares",
]


def _vectors(cache) -> np.ndarray:
    embedder = OnnxMiniLMEmbedding(cache_dir=str(cache))
    together = embedder.embed(TEXTS)
    alone = np.stack([embedder.embed([t])[0] for t in TEXTS])
    return np.concatenate([together, alone])


def _levels(monkeypatch) -> list:
    """The optimisation level of each session made from now on."""
    levels: list = []
    real = ort.InferenceSession

    def recording(path, sess_options=None, **kwargs):
        levels.append(sess_options.graph_optimization_level)
        return real(path, sess_options=sess_options, **kwargs)

    monkeypatch.setattr(ort, "InferenceSession", recording)
    return levels


def _kept(cache) -> list:
    return sorted(p for p in cache.iterdir() if ".optimised-" in p.name)


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    cache = tmp_path_factory.mktemp("models")
    return cache, _vectors(cache)


def test_the_first_session_keeps_its_optimised_graph(first):
    cache, _ = first
    (kept,) = _kept(cache)
    assert kept.stat().st_size > 0
    assert not [p for p in cache.iterdir() if p.name.startswith(".optimising-")]  # no temporary file left


def test_a_later_process_loads_the_kept_graph_unoptimised_with_the_same_vectors(first, monkeypatch):
    cache, vectors = first
    levels = _levels(monkeypatch)
    again = _vectors(cache)
    assert levels == [ort.GraphOptimizationLevel.ORT_DISABLE_ALL]
    assert np.array_equal(again, vectors)  # bit for bit, not merely close


def test_a_damaged_kept_graph_is_optimised_again_and_replaced(first, monkeypatch):
    cache, vectors = first
    (kept,) = _kept(cache)
    kept.write_bytes(b"not a graph")
    levels = _levels(monkeypatch)
    again = _vectors(cache)
    assert levels == [ort.GraphOptimizationLevel.ORT_DISABLE_ALL, ort.GraphOptimizationLevel.ORT_ENABLE_ALL]
    assert np.array_equal(again, vectors)
    (replaced,) = _kept(cache)
    assert replaced.stat().st_size > len(b"not a graph")


def test_a_folder_that_cannot_be_written_only_means_optimising_each_time(tmp_path, monkeypatch, first):
    _, vectors = first

    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    OnnxMiniLMEmbedding(cache_dir=str(tmp_path)).embed(["warm"])  # converted (that writes the folder)
    for kept in _kept(tmp_path):
        kept.unlink()
    monkeypatch.setattr(onnx_graphs.tempfile, "mkstemp", refuse)
    assert np.array_equal(_vectors(tmp_path), vectors)
    assert _kept(tmp_path) == []


def test_another_cpu_or_onnxruntime_keeps_its_own_graph(tmp_path, monkeypatch):
    model = tmp_path / "model.onnx"
    here = onnx_graphs.kept_path(model)
    assert ort.__version__ in here.name and onnx_graphs.cpu_key() in here.name
    monkeypatch.setattr(onnx_graphs, "cpu_key", lambda: "another-cpu")
    assert onnx_graphs.kept_path(model) != here
