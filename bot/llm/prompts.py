"""Every prompt the model sees comes from prompts/*.txt; this module only fills them in.

Each file starts with `#` header lines saying what it is for; they are stripped on load.
Templates use `{name}` fields (str.format), so a literal brace in a prompt file is `{{`.
Article text and questions are data: they are only ever substituted into the user message,
inside <passages> / <conversation> tags, never into the system message, and any tag in them
that could close the data block early is removed first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from index.models import Statement
from index.settings import PROJECT_ROOT
from index.textnorm import normalize

# The model replies with exactly this when the passages do not answer; tests and evals key on it.
CANNOT_ANSWER = "I cannot answer this from the articles."

DEFAULT_DIR = PROJECT_ROOT / "prompts"
_DATA_TAG = re.compile(r"<\s*/?\s*(?:passages?|records?|conversation|system|user|assistant)\b[^>]*>", re.IGNORECASE)


@lru_cache(maxsize=32)
def _read(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "\n".join(lines).strip() + "\n"


def load_prompt(name: str, prompts_dir: Path | None = None) -> str:
    """The text of prompts/<name>.txt without its `#` header."""
    return _read((prompts_dir or DEFAULT_DIR) / f"{name}.txt")


def data(text: str) -> str:
    """Text from outside (articles, questions, history), made safe to place inside a data block."""
    return _DATA_TAG.sub(" ", text).strip()


def format_passage(n: int, text: str, source: str | None = None) -> str:
    attrs = f' n="{n}"' + (f' source="{data(source).replace(chr(34), chr(39))}"' if source else "")
    return f"<passage{attrs}>\n{data(text)}\n</passage>"


def format_record(n: int, passage: int, st: Statement, prompts_dir: Path | None = None) -> str:
    """One ledger statement as a <record> block (prompts/record.txt), numbered `n`, sitting in passage `passage`."""
    return load_prompt("record", prompts_dir).format(
        n=n,
        passage=passage,
        speaker=_field(st.speaker),
        act=_field(st.act),
        quote=_field(st.content),
        date=record_date(st),
        place=_field(st.where),
    ).strip()


def record_date(st: Statement) -> str:
    """The resolved date and the phrase it came from: '28 March 2024 (from "on Tuesday")'."""
    if st.when_start is None:
        return "not stated"
    text = _day(st.when_start)
    if st.when_end is not None and st.when_end != st.when_start:
        text += f" to {_day(st.when_end)}"
    return text + (f' (from "{_field(st.when_text)}")' if st.when_text else "")


def answer_messages(
    question: str,
    passages: Sequence[tuple[str, str | None]],
    prompts_dir: Path | None = None,
    records: Sequence[tuple[int, Statement]] = (),
) -> list[dict[str, str]]:
    """System + user messages asking `question` of `passages` ((text, source label), numbered from 1)
    and of `records` ((passage number, statement), numbered after the passages)."""
    blocks = "\n\n".join(format_passage(n, text, source) for n, (text, source) in enumerate(passages, 1))
    listed = "\n\n".join(
        format_record(n, passage, st, prompts_dir) for n, (passage, st) in enumerate(records, len(passages) + 1)
    )
    system = load_prompt("system", prompts_dir).format(cannot_answer=CANNOT_ANSWER)
    user = load_prompt("answer", prompts_dir).format(
        passages=blocks, records=listed or "(none)", question=data(question), cannot_answer=CANNOT_ANSWER
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def condense_messages(
    question: str, history: Sequence[tuple[str, str]], prompts_dir: Path | None = None
) -> list[dict[str, str]]:
    """The one user message asking for `question` rewritten standalone, given (question, answer) pairs."""
    lines = []
    for asked, answered in history:
        lines.append(f"User: {data(asked)}")
        if answered:
            lines.append(f"Assistant: {data(answered)}")
    user = load_prompt("condense", prompts_dir).format(history="\n".join(lines), question=data(question))
    return [{"role": "user", "content": user}]


def _field(value: str | None) -> str:
    return " ".join(data(value).split()) if value else "not stated"


def _day(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


_SENTINEL = normalize(CANNOT_ANSWER).rstrip(".")


def is_cannot_answer(text: str) -> bool:
    """True when the reply is (or opens with) the CANNOT_ANSWER sentinel."""
    folded = re.sub(r"\[[^\]]*\]", "", normalize(text)).strip(" .\"'")
    return folded.startswith(_SENTINEL)
