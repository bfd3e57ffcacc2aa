"""A company named with its legal form ("PT Sari Tambang", "Halvik Shipping AS", "Borrow Ltd"): the
parser often reads such a name as a person's (three capitalised words), so a sentence with no
organisation it recognises may still name one by the form written with it."""

from __future__ import annotations

import re

# What a question calls a company it describes by its deeds ("the company that runs the ferry").
FIRMS = frozenset("company firm business operator contractor supplier developer manufacturer maker producer insurer "
                   "lender bank carrier airline utility".split())

_FORMS = r"(?:PT|CV|Tbk|AS|ASA|AB|SA|SpA|GmbH|AG|Ltd|Limited|Inc|LLC|LLP|PLC|Plc|Pty|Bhd|Sdn|BV|NV|Oy|Oyj|KK)"
_WORD = r"[A-Z][\w&'’\-]*"
_COMPANY = re.compile(rf"(?-i:\b{_FORMS}\.?\s+{_WORD}(?:\s+{_WORD}){{0,4}}|\b{_WORD}(?:\s+{_WORD}){{0,4}}\s+{_FORMS}\b\.?)")


def company_by_form(text: str) -> str | None:
    """The first company name in `text` written with its legal form, else None."""
    m = _COMPANY.search(text)
    return m.group(0).rstrip(".") if m else None
