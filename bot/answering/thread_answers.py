"""Questions about a code host's issue thread pasted as text, answered from its comments.

A thread's answers are in sentences that share hardly a word with how a reader asks about them:

    who tracked down the bug / found the cause      "The problem is in _merge(): it ..."   (a commenter)
    what workaround / stopgap did the maintainer     "Until then, set strict=False."        (the maintainer)
      suggest before the fix
    what number is the pull request X opened         "I've opened #512 with a fix."         (X's comment)
    who reported it / who fixed it                  the opener / who opened the change it was closed in
    when was it closed / when was 1.8.3 released     "X closed this as completed in #512 on DATE" / "1.8.3 is out"
    which version were they using                    "Version: fooq 1.8.2, Node 20"        (the reporter's block)
    when did the maintainer plan to publish 1.8.3    "I'll publish 1.8.3 on Monday."        (in a comment
                                                                                             dated Fri 3 Apr)

so the sentence-scoring answerer ranks a neighbour above them, or nothing above its floor, and
declines. Each comment's author and day are known from its header (index/issue_comments.py): the
answer is the first comment sentence of the asked kind, shown as its author's on its comment's day
(a weekday in it resolved from that day: forward where it is planned). "The maintainer" is who acts
on the issue in its timeline lines (labels it, closes it) or wears a maintainer's badge; "the
reporter" is who opened it. A `>` line quotes an earlier comment: never its writer's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.answering.terms import stems
from index import issue_comments
from index.models import Answer, Citation

ARTICLES = 3  # the retrieved articles looked at for a thread page

# what the question asks for
_FOUND_CAUSE = re.compile(r"\b(?:track(?:ed|s)?\s+down|(?:found|find|finds|discovered|identified|pinpointed|diagnosed|"
                          r"figured\s+out|worked\s+out|pinned\s+down|narrowed\s+down|traced)\b[^?;]{0,40}?\b(?:cause|"
                          r"culprit|bug|problem|fault|wrong|where)|(?:cause|culprit)\b[^?;]{0,20}\bfound)", re.I)
_WHERE_IN_CODE = re.compile(r"\bwhere\s+in\s+the\s+(?:code|source|library|codebase)\b", re.I)
_WORKAROUND = re.compile(r"\b(?:work-?arounds?|stop-?gaps?|interim|temporary\s+(?:fix|solution|measure)|in\s+the\s+meantime|"
                         r"meanwhile|until\s+(?:the|a)\s+(?:fix|release|patch)|before\s+the\s+(?:fix|release|patch))\b", re.I)
_NUMBER = re.compile(r"\b(?:what|which)\s+(?:(?:is|was)\s+(?:the|its)\s+)?(?:number|pull\s+request|PR|merge\s+request|MR|patch)\b"
                     r"|\bnumber\s+(?:of\s+)?(?:the|that|this|its|his|her|their)?\s*(?:pull\s+request|PR|merge\s+request|MR|patch)\b", re.I)
_PULL = re.compile(r"\b(?:pull\s+requests?|PRs?|merge\s+requests?|MRs?|patch(?:es)?)\b", re.I)
_VERSION = re.compile(r"\b(?:which|what)\s+(?:version|release|operating\s+system|os|platform|python|node|browser)\b"
                      r"|\bversion\s+of\b[^?]{0,40}\b(?:using|running|on)\b", re.I)
_MAINTAINER = re.compile(r"\b(?:maintainers?|developers?|owners?|author\s+of\s+the\s+(?:library|project|package)|project\s+lead)\b", re.I)
# "who reported the bug", "who opened the issue": the opener; "who fixed it": who opened the change that closed it
_WHO_REPORTED = re.compile(r"^\s*who\s+(?:first\s+)?(?:reported|opened|filed|raised|logged|submitted)\b", re.I)
_WHO_FIXED = re.compile(r"^\s*who\s+(?:fixed|patched|solved|resolved|wrote\s+the\s+(?:fix|patch))\b", re.I)
_WHEN_CLOSED = re.compile(r"\b(?:closed|resolved|marked\s+(?:as\s+)?(?:completed|fixed|resolved))\b", re.I)
_REPORTER = re.compile(r"\b(?:reporter|person\s+who\s+(?:reported|opened|filed|raised)|who\s+(?:reported|opened|filed|raised))\b", re.I)

# what a comment sentence says
_CAUSE = re.compile(r"\b(?:the|this|that)\s+(?:real\s+|root\s+|actual\s+)?(?:problem|bug|issue|fault|cause|culprit|regression)\s+"
                    r"(?:is|was|lies|comes)\b|\b(?:is|was|are|were)\s+caused\s+by\b|\bI\s+(?:found|tracked|traced|narrowed|"
                    r"bisected|pinned)\b|\bturns\s+out\b|\broot\s+cause\b", re.I)
_HEDGE = re.compile(r"\b(?:I\s+think|I\s+guess|maybe|perhaps|might\s+be|not\s+sure|I\s+suspect|could\s+be)\b", re.I)
# a place in code: "_merge()", "`parse`", "utils/io.py", "line 212"
_CODE_PLACE = re.compile(r"\w\(\)|`[^`]+`|\b[\w/]+\.(?:py|js|ts|go|rs|c|h|cpp|java|rb|kt|swift|php|cs)\b|\bline\s+\d+", re.I)
_STOPGAP = re.compile(r"^(?:until\s+(?:then|that|it(?:'s|\s+is)\s+(?:fixed|out|released)|the\s+\w+\s+is\s+out)|in\s+the\s+meantime|"
                      r"meanwhile|for\s+now|as\s+a\s+(?:work-?around|stop-?gap)|(?:a|the|one)\s+work-?around\b|work-?around\s*:|"
                      r"temporarily)\b|\bas\s+a\s+(?:work-?around|stop-?gap)\b|\bwork\s+around\s+it\b", re.I)
_ITEM_NUMBER = re.compile(r"(?<![\w&])[#!]\d+\b")
_OPENED = re.compile(r"\b(?:opened|submitted|sent|raised|filed|pushed|put\s+up)\b|\b(?:pull\s+request|PR|merge\s+request|MR|patch)\b", re.I)
_VERSION_LINE = re.compile(r"^(?:versions?|library\s+version|package\s+version|environment|env|setup)\s*:\s*\S", re.I)
_FUTURE = re.compile(r"\b(?:I'll|I\s+will|we'll|we\s+will|will|going\s+to|plan\s+to|intend\s+to|hope\s+to|shall)\b", re.I)
_DAY_WORD = re.compile(r"\b(?:(?:on|by|this|next|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                       r"|\b(?:tomorrow|yesterday|today|tonight|(?:this|next|last)\s+(?:week|month))\b", re.I)
# a release told as done ("1.8.3 is out", "published 1.8.3", "shipped") and the question's words for it
_RELEASED = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:out|live|up)\b|\b(?:released|published|shipped|tagged)\b", re.I)
_RELEASE = frozenset(stems("release released publish published ship shipped out"))
_PLANNED = re.compile(r"\b(?:plan|plans|planned|planning|going\s+to|intend\w*|expect\w*|would|will|promis\w*|schedul\w*|due)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(>])")
_ASKING = frozenset(stems("what which who when on date day did does do the a an of in to plan planned number was is "
                          "were they their his her its he she version using used maintainer developer owner reporter "
                          "thread bug issue library project package say said tell told would will"))
# a timeline line closing the issue: "bo-r closed this as completed in #1490 on Mar 5, 2026"
_CLOSED_LINE = re.compile(r"^\s*@?(?P<user>[A-Za-z0-9][\w.-]{0,38})\s+closed\s+this\b[^\n]*?\bon\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*$")


@dataclass(frozen=True)
class _Said:
    user: str
    day: date | None
    start: int
    end: int
    text: str
    quoted: bool  # a "> ..." line: an earlier comment quoted
    event: bool = False  # a timeline line ("X closed this as completed in #12 on DATE"), no comment's words


def asks_thread(question: str, kind: str) -> bool:
    """Does the question ask one of the things a thread's comments tell in other words?"""
    return bool(_FOUND_CAUSE.search(question) or _WORKAROUND.search(question) or _NUMBER.search(question)
                or _VERSION.search(question) or kind == "when" or _WHO_REPORTED.search(question) or _WHO_FIXED.search(question))


def _only_when(question: str, kind: str) -> bool:
    return kind == "when" and not (_FOUND_CAUSE.search(question) or _WORKAROUND.search(question) or _NUMBER.search(question)
                                   or _VERSION.search(question))


def thread_answer(question: str, kind: str, passages, corpus) -> Answer | None:
    """The comment sentence answering a question about a pasted issue thread, cited; else None."""
    if not asks_thread(question, kind) or not hasattr(corpus, "article"):
        return None
    # (a when-question names no kind of thing a thread alone tells: only the best retrieved article's)
    ids = list(dict.fromkeys(sc.chunk.article_id for sc in passages))[:1 if _only_when(question, kind) else ARTICLES]
    for rank, article_id in enumerate(ids):
        article = corpus.article(article_id)
        if article is None or not (comments := issue_comments.comments(article.text)):
            continue
        if rank and not _about_thread(question, article.text, comments):
            continue  # "who first reported the crack": a news story's, though a thread is retrieved below it
        said = _sentences(article.text, comments)
        found = _answer_in(question, kind, said, comments, article.text)
        if found is None:
            continue
        text = _shown(found, kind)
        return Answer(question=question, text=f"{text} [1]", retrieved=passages,
                      citations=[Citation(1, article.id, found.start, found.end, found.text)])
    return None


def _about_thread(question: str, text: str, comments) -> bool:
    """Does the question name the thread: its project's or title's own word, or a commenter's handle?"""
    if any(re.search(rf"(?<![\w-]){re.escape(c.user)}(?![\w-])", question, re.I) for c in comments):
        return True
    return bool((set(stems(question)) - _ASKING) & set(stems(text[:300])))


def _answer_in(question: str, kind: str, said: list[_Said], comments, text: str) -> _Said | None:
    own = [s for s in said if not s.quoted]
    users = {c.user.lower() for c in comments}
    named = [u for u in users if re.search(rf"(?<![\w-]){re.escape(u)}(?![\w-])", question, re.I)]
    if _MAINTAINER.search(question):
        keep = _maintainers(text, comments)
    elif _REPORTER.search(question):
        keep = {comments[0].user.lower()}
    else:
        keep = set(named)
    if _NUMBER.search(question) and _PULL.search(question):
        finder = _cause_finder(question, own) if _FOUND_CAUSE.search(question) else None
        whose = {finder.user.lower()} if finder is not None else keep
        return next((s for s in own if (not whose or s.user.lower() in whose) and _ITEM_NUMBER.search(s.text)
                     and _OPENED.search(s.text)), None)
    if _FOUND_CAUSE.search(question) and kind == "who":
        return _cause_finder(question, own)
    if kind == "who" and _WHO_REPORTED.search(question):
        return own[0] if own and own[0].user == comments[0].user else None
    if kind == "who" and _WHO_FIXED.search(question):
        return _fixer(own, text)
    if _WORKAROUND.search(question):
        return next((s for s in own if (not keep or s.user.lower() in keep) and _STOPGAP.search(s.text)), None)
    if _VERSION.search(question):
        whose = keep or {comments[0].user.lower()}  # (the reporter's block, unless someone else is asked)
        return next((s for s in own if s.user.lower() in whose and _VERSION_LINE.match(s.text)), None)
    if kind == "when" and _WHEN_CLOSED.search(question) and (closed := _closed(text)) is not None:
        return closed
    if kind == "when":
        return _dated(question, own, keep, text)
    return None


def _closed(text: str) -> _Said | None:
    """The timeline line that closed the issue, dated by its own "on DATE"."""
    from index import datelines

    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        if (m := _CLOSED_LINE.match(line)) is not None and (day := datelines.full_date(m.group("date"))) is not None:
            lead = len(line) - len(line.lstrip())
            return _Said(m.group("user"), day, at + lead, at + len(line.rstrip()), line.strip(), False, True)
    return None


def _fixer(own: list[_Said], text: str) -> _Said | None:
    """Who opened the change the issue was closed in ("closed this as completed in #745"), else the first
    comment that opened one with a fix."""
    closed = _closed(text)
    number = _ITEM_NUMBER.search(closed.text) if closed is not None else None
    opened = [s for s in own if _ITEM_NUMBER.search(s.text) and _OPENED.search(s.text)
              and re.search(r"\b(?:opened|submitted|sent|raised|pushed|put\s+up)\b", s.text, re.I)]
    if number is not None:
        exact = [s for s in opened if re.search(rf"{re.escape(number.group(0))}\b", s.text)]
        if exact:
            return exact[0]
    return next((s for s in opened if re.search(r"\bfix", s.text, re.I)), None)


def _cause_finder(question: str, own: list[_Said]) -> _Said | None:
    """The first comment sentence that states the cause (not a guess); with "where in the code", one
    that names the place in the code first."""
    found = [s for s in own if _CAUSE.search(s.text) and not _HEDGE.search(s.text)]
    if _WHERE_IN_CODE.search(question):
        found = sorted(found, key=lambda s: not _CODE_PLACE.search(s.text))
    return found[0] if found else None


def _dated(question: str, own: list[_Said], keep: set[str], text: str) -> _Said | None:
    """The comment sentence about the question's own act and thing ("tag 1.8.3", "is out"), beyond the
    project's name every sentence shares: one naming a day ("on Friday") first, else its comment's day."""
    title = set(stems(text[:300]))  # the repository line and the issue's title: the project's own words
    asked = set(stems(question)) - _ASKING
    asked = {t for t in asked if t not in title} | set(re.findall(r"\d+(?:\.\d+)+", question))
    if len(asked) < 2 and not (asked and any(re.fullmatch(r"\d+(?:\.\d+)+", t) for t in asked)):
        return None
    planned = bool(_PLANNED.search(question))
    best, score = None, 0.0
    for s in own:
        if keep and s.user.lower() not in keep:
            continue
        have = set(stems(s.text)) | set(re.findall(r"\d+(?:\.\d+)+", s.text))
        if _RELEASED.search(s.text):
            have |= _RELEASE  # "1.8.3 is out on the registry": released
        got = len(asked & have) / len(asked) + (0.01 if _DAY_WORD.search(s.text) else 0.0)
        if not planned and _FUTURE.search(s.text):
            got -= 0.3  # "when was it released": not "I'll publish it on Monday", unless a plan is asked
        if got > score:
            best, score = s, got
    return best if score >= 0.5 else None


def _maintainers(text: str, comments) -> set[str]:
    """Who acts on the issue in its timeline lines ("X added the bug label", "X closed this") or wears
    a maintainer's badge in a comment header."""
    out = set()
    for line in text.split("\n"):
        if issue_comments.stop(line) and (m := re.match(r"\s*@?([A-Za-z0-9][\w.-]{0,38})\s", line)):
            out.add(m.group(1).lower())
    for c in comments:
        header = text[c.start:c.body]
        if re.search(r"\b(?:Maintainer|Owner|Member|Collaborator)\b", header):
            out.add(c.user.lower())
    return out


def _sentences(text: str, comments) -> list[_Said]:
    out = []
    for c in comments:
        pos = c.body
        for line in text[c.body:c.end].split("\n"):
            at = pos
            pos += len(line) + 1
            body = line.strip()
            if not body or issue_comments.nobodys(body) or issue_comments.stop(body):
                continue
            quoted = body.startswith(">")
            lead = at + (len(line) - len(line.lstrip()))
            parts = [body] if _VERSION_LINE.match(body) else _SENTENCE.split(body)
            offset = 0
            for part in parts:
                k = body.find(part, offset)
                offset = k + len(part)
                out.append(_Said(c.user, c.day, lead + k, lead + k + len(part), part, quoted))
    return out


def _shown(s: _Said, kind: str) -> str:
    if s.event:
        return f"On {_day(s.day)}: {s.text}" if s.day is not None else s.text
    words = s.text
    if s.day is not None and (m := _DAY_WORD.search(words)) is not None:
        from index.statements.when import resolve

        got = resolve(m.group(0), s.day, future=bool(_FUTURE.search(words)))
        if got is not None and got[0] == got[1]:
            words = f"{words[:m.end()]} ({_day(got[0])}){words[m.end():]}"
    when = f" in a comment on {_day(s.day)}" if s.day is not None else ""
    return f"{s.user},{when}: {words}"


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"
