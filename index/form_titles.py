"""A title for pages whose first lines are a form's or a forum's furniture, not a headline.

- A police witness statement opens with its protective marking, "WITNESS STATEMENT" and the
  statutory heading lines; what names it is its "Statement of: NAME" field:
  "Witness statement of NAME".
- A link-sharing forum's thread opens with the forum's name ("r/SomeForum") and flair lines; its
  title is the line right under the "Posted by u/handle · 7h" head.
"""

from __future__ import annotations

import re

STATEMENT_OF = re.compile(r"^\s*Statement of\s*:\s*(?P<name>[^\n:]{3,60}?)\s*$", re.I | re.M)
_FORM = re.compile(r"^\s*(?:WITNESS STATEMENT|Signature\s*:)", re.I | re.M)
_POSTED = re.compile(r"^\s*Posted by\s+u/[\w-]{3,24}\b[^\n]*\n+(?P<title>[^\n]{3,300})", re.M)


def title(text: str) -> str | None:
    """The page's title by its form, or None when it is no such page."""
    head = text[:3000]
    m = STATEMENT_OF.search(head)
    if m and _FORM.search(head):
        return f"Witness statement of {m.group('name').strip()}"
    m = _POSTED.search(head)
    if m and "u/" in text[m.end():]:
        return m.group("title").strip()
    return None
