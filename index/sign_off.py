"""A signature's name line and role line ("Ana Ruiz" / "Chief Executive"), read with the vocabulary
alone (the answering side reads them too, without the statement readers)."""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

_SENTENCE_MARK = re.compile(r"[.!?;:]\s|[\"“”]")


def _name(line: str) -> str | None:
    """A name line: two to five capitalised words (particles allowed), no role or common word."""
    v = vocabulary()
    words = line.strip().rstrip(".").split()
    while words and (v.is_title(words[0].rstrip(".")) or v.is_title(words[0])):
        words = words[1:]
    if not 2 <= len(words) <= 5 or _SENTENCE_MARK.search(line + " ") or "," in line:
        return None
    if not all(w[:1].isupper() or w.lower() in v.name_particles for w in words) or not words[-1][:1].isupper():
        return None
    if any(w.isupper() and len(w) > 2 for w in words):  # "CHAIR'S STATEMENT": a heading
        return None
    if any(w.lower() in v.stop_words or v.is_role(w.lower().rstrip(",")) for w in words):
        return None
    return " ".join(words)


def _role(line: str) -> bool:
    """A role line: a short line whose first part holds a role the vocabulary knows ("Chief
    Executive", "Chair, Board of Directors", "Managing Director")."""
    v = vocabulary()
    part = line.split(",")[0].strip().rstrip(".")
    words = part.lower().split()
    if not 1 <= len(words) <= 6 or _SENTENCE_MARK.search(line + " ") or not part[:1].isupper():
        return False
    return any(v.is_role(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1))
