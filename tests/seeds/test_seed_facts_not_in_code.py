"""No fact of the seed corpus in code: the seeds' names, places and dates (read from the seed
texts at test time with the parser's entities) appear in no string or identifier of bot/ or
index/. Comments and docstrings may cite examples; code and data may not."""

import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_LABELS = {"PERSON", "GPE", "LOC", "FAC", "ORG", "EVENT", "NORP"}
# Words that are seed entities only by accident of the small model's tagging, or general
# English a vocabulary must hold (a role, a month): not facts of the seed articles.
_GENERAL = re.compile(r"^(?:the |a )?(?:[A-Z][a-z]+ )?(?:ministry|government|office|president|minister|kremlin)$", re.I)


@cache
def seed_facts() -> frozenset[str]:
    from index.statements.nlp import pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = set()
    for doc in pipeline().pipe(texts):
        for ent in doc.ents:
            text = " ".join(ent.text.split()).strip(" .,'’\"“”")
            single_common = " " not in text and ent.label_ in ("ORG", "FAC", "LOC", "EVENT")  # "State" of "Secretary of State"
            if ent.label_ in _LABELS and len(text) >= 5 and not _GENERAL.match(text) and not text.isupper() \
                    and not single_common:
                out.add(text.lower())
                if ent.label_ == "PERSON" and len(text.split()) > 1:
                    out.add(text.split()[-1].lower())  # the surname alone
            if ent.label_ == "DATE" and re.search(r"\d", text) and re.search(r"[A-Za-z]{3}", text):
                out.add(text.lower())  # "December 12", "November 9, 2020"
    lower_words = {w for t in texts for w in re.findall(r"\b[a-z][a-z-]+\b", t)}  # "state", "corridor"
    return frozenset(w for w in out if len(w) >= 5 and w not in lower_words)


def _code_strings(path: Path) -> list[str]:
    """String constants and identifiers of a module, docstrings excluded."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            out.append(node.value)
        elif isinstance(node, ast.Name):
            out.append(node.id)
    return out


def _files():
    for folder in ("bot", "index"):
        yield from sorted((ROOT / folder).rglob("*.py"))
        yield from sorted((ROOT / folder).rglob("*.yaml"))


# Known offenders, owned elsewhere: help texts and examples that quote the seeds (issue 10
# asks for examples drawn from the user's own corpus).
_KNOWN: set[str] = set()


def _params():
    for p in _files():
        rel = str(p.relative_to(ROOT))
        marks = [pytest.mark.xfail(reason="help examples quote the seeds", strict=False)] if rel in _KNOWN else []
        yield pytest.param(p, id=rel, marks=marks)


@pytest.mark.parametrize("path", list(_params()))
def test_no_seed_name_place_or_date_in_code(path):
    facts = seed_facts()
    strings = _code_strings(path) if path.suffix == ".py" else [path.read_text(encoding="utf-8")]
    found = sorted({f for s in strings for f in facts if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", s.lower())})
    assert not found, f"{path.relative_to(ROOT)} holds facts of the seed articles: {found}"
