"""Question files (JSON Lines, see FORMAT.md): load, validate, and say exactly what is wrong.

Unknown fields are ignored so that any file in the shared format loads. Every problem is
reported with its line number, all of them at once, so a broken file is fixed in one pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from index.errors import WhosaidError

# The kinds FORMAT.md names; others are accepted too and reported as their own group.
KINDS = (
    "who", "what", "when", "where", "how-many", "compare",
    "multi-hop", "follow-up", "unanswerable", "adversarial",
)
MAX_REPORTED = 20  # a file that is wrong on every line needs only the first few lines shown


class QuestionFileError(WhosaidError):
    """A question file that cannot be used; the message lists each bad line."""

    def __init__(self, path: Path | str, problems: list[tuple[int, str]]):
        self.path = str(path)
        self.problems = problems
        shown = [f"  line {n}: {what}" if n else f"  {what}" for n, what in problems[:MAX_REPORTED]]  # 0: the whole file
        if len(problems) > MAX_REPORTED:
            shown.append(f"  ... and {len(problems) - MAX_REPORTED} more")
        super().__init__(f"{self.path} is not a valid question file:\n" + "\n".join(shown))


@dataclass(frozen=True)
class Exchange:
    """One earlier turn of a follow-up's conversation."""

    q: str
    a: str


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answerable: bool
    expected: tuple[tuple[str, ...], ...]  # facts; each fact is a tuple of alternatives
    sources: tuple[str, ...]
    kind: str
    speaker: str | None = None
    date: str | None = None
    context: tuple[Exchange, ...] = ()
    line: int = 0


def load_questions(path: Path | str) -> list[Question]:
    """Every question of a JSONL file, or QuestionFileError naming each bad line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise QuestionFileError(path, [(0, f"cannot read the file ({err.strerror or err})")]) from None
    return parse_questions(raw, path)


def parse_questions(raw: bytes | str, path: Path | str = "<questions>") -> list[Question]:
    """Parse the text of a question file; blank lines are skipped."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    problems: list[tuple[int, str]] = []
    questions: list[Question] = []
    first_seen: dict[str, int] = {}
    for n, line in enumerate(raw.splitlines(), start=1):
        try:
            text = line.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            problems.append((n, "not valid UTF-8"))
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as err:
            problems.append((n, f"invalid JSON ({err.msg} at column {err.colno})"))
            continue
        errors = validate_record(obj)
        if errors:
            problems.extend((n, e) for e in errors)
            continue
        if obj["id"] in first_seen:
            problems.append((n, f"duplicate id {obj['id']!r} (first used on line {first_seen[obj['id']]})"))
            continue
        first_seen[obj["id"]] = n
        questions.append(_question(obj, n))
    if not problems and not questions:
        problems.append((0, "no questions in the file"))
    if problems:
        raise QuestionFileError(path, problems)
    return questions


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def validate_record(obj) -> list[str]:
    """What is wrong with one parsed line (empty when nothing is)."""
    if not isinstance(obj, dict):
        return [f"expected a JSON object, got {type(obj).__name__}"]
    errors: list[str] = []
    required = {"id": str, "question": str, "answerable": bool, "expected": list, "sources": list, "kind": str}
    for name, typ in required.items():
        if name not in obj:
            errors.append(f"missing field {name!r}")
        elif not isinstance(obj[name], typ):
            errors.append(f"field {name!r} must be {_TYPE_NAMES[typ]}, got {_json_type(obj[name])}")
    for name in ("speaker", "date"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            errors.append(f"field {name!r} must be a string or null, got {_json_type(obj[name])}")
    if errors:
        return errors
    for name in ("id", "question", "kind"):
        if not obj[name].strip():
            errors.append(f"field {name!r} is empty")
    errors.extend(_expected_errors(obj["expected"], obj["answerable"]))
    if not _is_str_list(obj["sources"]) or any(not s.strip() for s in obj["sources"]):
        errors.append("field 'sources' must be a list of non-empty strings (article ids)")
    if isinstance(obj.get("date"), str):
        try:
            date.fromisoformat(obj["date"])
        except ValueError:
            errors.append(f"field 'date' must be an ISO date (YYYY-MM-DD), got {obj['date']!r}")
    if "context" in obj and obj["context"] is not None:
        errors.extend(_context_errors(obj["context"]))
    return errors


def _expected_errors(expected: list, answerable: bool) -> list[str]:
    for i, fact in enumerate(expected):
        if not _is_str_list(fact) or not fact:
            return [f"field 'expected' must be a list of non-empty lists of strings (fact {i + 1} is not)"]
        if any(not alt.strip() for alt in fact):
            # An empty alternative would be found in every answer.
            return [f"field 'expected' fact {i + 1} has an empty alternative"]
    if not answerable and expected:
        return ["an unanswerable question must have an empty 'expected'"]
    if answerable and not expected:
        return ["an answerable question needs at least one fact in 'expected'"]
    return []


def _context_errors(context) -> list[str]:
    if not isinstance(context, list):
        return [f"field 'context' must be a list of {{\"q\", \"a\"}} objects, got {_json_type(context)}"]
    for i, turn in enumerate(context):
        if not (isinstance(turn, dict) and isinstance(turn.get("q"), str) and isinstance(turn.get("a"), str)):
            return [f"field 'context' turn {i + 1} must be an object with string fields 'q' and 'a'"]
    return []


def _question(obj: dict, line: int) -> Question:
    return Question(
        id=obj["id"],
        question=obj["question"],
        answerable=obj["answerable"],
        expected=tuple(tuple(fact) for fact in obj["expected"]),
        sources=tuple(obj["sources"]),
        kind=obj["kind"],
        speaker=obj.get("speaker"),
        date=obj.get("date"),
        context=tuple(Exchange(t["q"], t["a"]) for t in obj.get("context") or ()),
        line=line,
    )


_TYPE_NAMES = {str: "a string", bool: "true or false", list: "a list"}


def _json_type(value) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)
