"""A forum or comment thread pasted as text: each post under its header line is its poster's.

A thread names its speakers by layout, not by speech verbs: a header line over each post ("#3 |
ann_k | Posts: 87 | 06/03/2026 08:31", "Reply #3 by ann_k on 6 March 2026", "Posted by ann_k on
...", "ann_k wrote:"), then the post's text, first person and no quotation marks. Every sentence of
the post is its poster's, save the lines it quotes from an earlier post ("Quote from: bo on ...",
"> ...") and the sentences that report someone else's words (those stay with the reporter's own
reading: "X told the paper on Wednesday ..."). Two header lines at least make a thread: one
line with a name and a date is a byline.

The poster is the person the header's display name writes ("Cllr Ann Korr" is Ann Korr); an
account marked as a body's official one ("AcmeBus_Team (Official)") is the body whose name the
handle spells and the page writes out; else the username itself.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from index import datelines, group_posts, handle_heads, issue_comments
from index.datelines import written_order
from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements import post_relays
from index.statements.nlp import worded_sentences
from index.statements.people import clean_name
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

# a post's date: "06/03/2026 07:52", "6 March 2026, 7:52 am", "Mar 6, 2026", "3 hours ago"
_DATEISH = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[:.]\d\d\b|\b(?:19|20)\d\d\b"
                      r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b|\b(?:yesterday|today)\b", re.I)
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d\d)\b")
_POST_NO = re.compile(r"^\s*#\s*\d+\s*$")
_LABELLED = re.compile(r"^\s*[A-Za-z][\w ]{0,20}:\s*\S")  # "Posts: 1,204", "Joined: 2019"
# "Reply #3 by ann_k on 6 March", "Posted by ann_k on ...", "Comment by ann_k | 6 March"
_BY = re.compile(r"^\s*(?:(?:reply|post|comment|answer)\s*#\s*\d+\s+by|(?:posted|commented|replied|submitted)\s+by)\s+"
                 r"(?P<name>[^|,\n]{2,60}?)(?:(?:\s+on:?|\s+at|\s*[|,·•]|\s+[–—-])\s+(?P<date>[^\n]*))?$", re.I)
_WROTE = re.compile(r"^\s*(?:on\s+[^\n]{4,40}?,\s*)?(?P<name>[^\s:>][^\n:]{0,50}?)\s+(?:wrote|posted|said)\s*:\s*$", re.I)
# an earlier post quoted inside this one: "Quote from: bo on 06/03/2026 07:52", "Quote from bo:", "Quoting bo:"
_QUOTE_HEAD = re.compile(r"^\s*(?:quote|quoting)(?:\s+from)?\s*:?\s*(?P<name>[^\n:]{2,60}?)\s*(?:\bon\b[^\n]*)?:?\s*$", re.I)
_QUOTED_LINE = re.compile(r"^\s*(?:>|&gt;)")
_ROLE_TAG = re.compile(r"\s*[(\[](?P<tag>[^)\]]{2,30})[)\]]\s*$")
_MIN_POSTS = 2
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_OWN_SUBJECTS = {"i", "we", "mine", "ours", "nobody", "no", "none", "noone", "everyone", "everybody", "anyone", "anybody", "one"}


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The posters' statements, one per sentence of their posts' own text; [] unless the page is a
    thread (two post header lines or more)."""
    text = fold(article.text)
    issue = issue_comments.comments(text)  # a code host's issue page: "ann-k commented on Mar 3, 2026"
    # a social-media group's thread: a post and comments under name lines, closed by "Like · Reply · 2h"
    group = [] if issue else group_posts.heads(text)
    # a link-sharing forum's: "Posted by u/ann_k · 7h", then comments under "u/bo_r · 6h" ("OP": the poster's)
    handled = [] if issue or group else handle_heads.heads(text)
    heads = [(c.start, c.body - 1, c.display or c.user, None, _issue_day(c, text), c.end) for c in issue] or group or handled or \
        [(*h, None) for h in _post_heads(text, written_order(text))]
    if heads and not issue and not handled and _byline(text[heads[0][0]:heads[0][1]], heads[0][2], ctx):
        heads = heads[1:]
    if len(heads) < _MIN_POSTS or not docs:
        return []
    out: list[Raw] = []
    v = vocabulary()
    for k, (start, end, name, tag, day, stop) in enumerate(heads):
        until = stop if stop is not None else heads[k + 1][0] if k + 1 < len(heads) else len(text)
        who = _poster(name, tag, text, ctx)
        own = _own_lines(text, end, until)
        if group and own and (role := group_posts.role_opener(text[own[0][0]:own[0][1]], v)):
            who = replace(who, as_written=f"{role} {who.name}")  # "Cllr here. ...": the commenter's office
        if issue:
            own = issue_lines(text, own, heads[0][1])
        elif group:
            own = [(a, b) for a, b in own if not group_posts.nobodys(text[a:b])]
        elif handled:
            own = [(a, b) for a, b in own if not handle_heads.nobodys(text[a:b])]
        for pi, (span, doc) in enumerate(docs):
            if span.end <= end or span.start >= until:
                continue
            sents = list(doc.sents)
            for n, a, b in worded_sentences(doc, floor=12):
                for lo, hi in own:
                    x, y = max(span.start + a, lo), min(span.start + b, hi)
                    if _reports_another(sents[n], v, span.start, lo, hi):
                        if handled and x < y and (them := post_relays.relayed(text, docs, end, x, y)):
                            relay = Raw(speaker=them[0], act="told", content=Span(them[1], y), quote_type="indirect",
                                        span=Span(x, y), sentence=bases[pi] + n, paragraph=pi)
                            relay.times = [them[2]] if them[2] else []
                            out.append(relay)
                        continue
                    x += len(text[x:y]) - len(text[x:y].lstrip())  # (a reply's indent)
                    if y - x >= 12 and any(ch.isalpha() for ch in text[x:y]) and not _banner(text[x:y]):
                        raw = Raw(speaker=who, act="wrote", content=Span(x, y), quote_type="direct",
                                  span=Span(x, y), sentence=bases[pi] + n, paragraph=pi)
                        if day:
                            raw.times = [day]
                        out.append(raw)
    return out


def _banner(words: str) -> bool:
    """A post's shouted call in a few capitals ("*** PLEASE SHARE ***"): a banner, no statement."""
    return not any(ch.islower() for ch in words) and len(words.split()) <= 5 and not any(ch.isdigit() for ch in words)


def relays_first(raws: list[Raw], threaded: list[Raw]) -> list[Raw]:
    """`raws` without those a post's relayed words were read over ("she told me, '...'" left to
    "she"): the post's reading of whose they are stands."""
    relays = [(r.span.start, r.span.end) for r in threaded if r.act == "told"]
    return [r for r in raws if not any(a < r.span.end and r.span.start < b for a, b in relays)] if relays else raws


def group_first(raws: list[Raw], threaded: list[Raw], text: str) -> list[Raw]:
    """On a social-media group's page, `raws` without those read across a post's own words (a
    reply's name and badge lines run into its first sentence): the post's reading stands."""
    if not threaded or not group_posts.heads(fold(text)):
        return raws
    mine = [(r.span.start, r.span.end) for r in threaded]
    posters = {t.speaker.name for t in threaded}
    # (what a post reports of someone it names on its own line stays theirs: "The council told me ...")
    return [r for r in raws if not any(a < r.span.end and r.span.start < b for a, b in mine)
            or r.quote_type == "indirect" and r.speaker.name not in posters and "\n" not in r.speaker.as_written
            and "\n" not in text[r.span.start:r.content.start]]


def _issue_day(c, text: str):
    if c.day is None or c.date_at is None:
        return None
    a, b = c.date_at
    return Span(a, b), text[a:b], False


# a bug report template's labelled field: "Version: fooq 1.8.2, Node 20", "Expected: 3 rows. Got: 4."
_TEMPLATE_FIELD = re.compile(r"^(?:versions?|(?:library|package|app)\s+version|environment|env|os|platform|browser|python|node|"
                             r"steps(?:\s+to\s+reproduce)?|to\s+reproduce|repro(?:duction)?|expected(?:\s+(?:behaviou?r|result|output))?|"
                             r"actual(?:\s+(?:behaviou?r|result|output))?|got|output|traceback|error|logs?|command)\s*:", re.I)


def issue_lines(text: str, own: list[tuple[int, int]], first: int) -> list[tuple[int, int]]:
    """An issue comment's own lines: without its badges and reaction counts, its template headings
    ("Steps to reproduce": a few words, no figure, no sentence mark) and labelled fields ("Version:
    ...", "Expected: ... Got: ...": a form filled in, no one's statement), and the lines it quotes
    from an earlier comment, pasted without their "> " (a line the thread wrote before)."""
    out = []
    for a, b in own:
        line = text[a:b].strip()
        if issue_comments.nobodys(line) or _TEMPLATE_FIELD.match(line):
            continue
        if len(line.split()) <= 4 and not re.search(r"\d|[.!?:;]\W*$", line):
            continue
        if len(line) >= 20 and line.rstrip(".") in text[first:a - 1]:
            continue
        out.append((a, b))
    return out


def _byline(line: str, name: str, ctx) -> bool:
    """A blog's "Posted by Ann Roe on 3 March 2024" over its story (the comments under it posted
    the same way): the first such line naming a person in full is the story's byline, no post."""
    words = name.split()
    return bool(re.match(r"\s*posted\s+by\b", line, re.I)) and (
        name == ctx.author or len(words) >= 2 and all(w[:1].isupper() for w in words))


def off_comments(raws: list[Raw], text: str) -> list[Raw]:
    """On a code host's issue page, `raws` without those read off its header, timeline and chrome
    lines ("bo-r added the bug label on Mar 5, 2026" is no one adding words): a statement's words
    lie inside a comment's text, and its span starts there (the parse runs a comment's first
    sentence on from the header lines above it)."""
    found = issue_comments.comments(fold(text))
    if not found:
        return raws
    # a commenter named in another's comment by the name their handle spells ("Ann said" of ann-korr)
    handles: dict[str, set[str]] = {}
    for c in found:
        for part in re.split(r"[-_.]", c.user):
            handles.setdefault(part.lower(), set()).add(c.user)
    out = []
    for r in raws:
        c = next((c for c in found if c.body <= r.content.start and r.content.end <= c.end + 1), None)
        line = text[_first_own(text, c, r.content.start):r.content.end] if c is not None else ""
        if c is not None and _THING_AS_REASON.search(line[:r.content.start - _first_own(text, c, r.content.start)]) \
                and r.speaker.as_written[:1].islower():
            continue  # "... paid late because the totals said we had paid": the commenter's sentence
        if c is not None and not _QUOTED_LINE.match(line) and not issue_comments.nobodys(line.split("\n")[0]):
            who = r.speaker
            if "\n" in who.as_written:  # "Contributor\nAnn said": a badge line run into the speaker's name
                shown = who.as_written.rsplit("\n", 1)[1].strip()
                who = replace(who, name=who.name.rsplit("\n", 1)[-1].strip(), as_written=shown)
            if who.as_written.lower() in ("he", "she") and (role := _relayed_role(text[c.body:r.content.start])):
                who = Speaker(name=role, as_written=role, generic=True)  # "Our finance lead ... messaged me. She said ..."
            users = handles.get(who.name.lower(), set()) if " " not in who.name else set()
            if len(users) == 1 and len(who.name) >= 3:
                who = replace(who, name=next(iter(users)))
            out.append(replace(r, speaker=who, span=Span(max(r.span.start, _first_own(text, c, r.content.start)), r.span.end)))
    return out


# the comment's last sentence before a relayed "He said": a role its writer tells of by an appositive
# ("Our finance lead, who reconciles ..., spotted it and messaged me") or by their call to the writer
_ROLE_TOLD = re.compile(r"(?:^|[.!?]\s+)(?:Our|My|The)\s+(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s*(?:,\s*who\b[^.!?]*,|"
                        r"\s+(?=(?:rang|called|phoned|emailed|messaged|told|texted|asked)\s+me\b))[^.!?]*[.!?]\s*$")


def _relayed_role(before: str) -> str | None:
    """"the finance lead": the role the comment's sentence just before a bare "She said" tells of."""
    before = re.sub(r"(?<=[.!?])\s+[^.!?]*$", " ", before[-400:])  # (the sentence's own "He said" left off)
    m = _ROLE_TOLD.search(before)
    return f"the {m.group('role')}" if m else None


# a thing's say-so given as a reason, just before the words the generic reader gave the thing
_THING_AS_REASON = re.compile(r"\b(?:because|since|as|when)\s+(?:the|a|an|our|their|its|my|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
                              r"\s+(?:said|says|showed|shows|read|reads)\s+(?:that\s+)?$")


def _first_own(text: str, c, at: int) -> int:
    """The first character of the comment's own line that holds `at` or comes last before it."""
    return max(c.body, text.rfind("\n", c.body, at) + 1)


def own_deeds(raws: list[Raw], posts: list[Raw], text: str) -> list[Raw]:
    """`raws` without the reported deeds a post tells of its poster ("The company have agreed to
    meet me on 16 March"): a sentence of the poster's first person is the poster's claim."""
    mine = {(r.span.start, r.span.end) for r in posts}
    inside = {r.paragraph for r in posts}
    return [r for r in raws if not (r.paragraph in inside and r.quote_type == "indirect"
                                    and _FIRST_PERSON_WORD.search(text[r.content.start:r.content.end])
                                    and any(a <= r.content.start < b for a, b in mine))]


def _reports_another(sent, v, base: int = 0, lo: int = 0, hi: int = 1 << 60) -> bool:
    """"The company says it will ...": the post reports someone's words (read by the cue's own
    rule), unlike "I'd say", "Nobody's saying the buses are full" (the poster's own claim). Only the
    words on the post's own line [lo, hi) count (a header line's "added" is none of them)."""
    return any(lo <= base + t.idx < hi and v.speech_lemma(t.text) and any(c.dep_ in ("ccomp", "parataxis") for c in t.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _OWN_SUBJECTS for c in t.children)
        and not _given_as_reason(t) for t in sent)


_REASON_MARKS = frozenset("because since as when".split())


def _given_as_reason(verb) -> bool:
    """"We paid one short because the totals said we had paid all": a thing's say-so the poster gives as
    the reason for their own told deed, not a report of its words (the sentence is the poster's)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in verb.children)


def _post_heads(text: str, order: str | None):
    """(start, end, poster as written, role tag, the header's date phrase) of each post header line;
    a numeric date the page's house style (`order`) reads ("06/03/2026" -> "6 March 2026")."""
    pos = 0
    lines = text.split("\n")
    # a page with dated header lines quotes earlier posts under "bo wrote:"; one without is a thread
    # of "bo_77 wrote:" heads, a username's (a news story's "Smith wrote:" is no post's head)
    dated = any(_piped(line) or _by_line(line) for line in lines)
    for line in lines:
        start, pos = pos, pos + len(line) + 1
        got = _piped(line) or _by_line(line) or (None if dated else _username_wrote(line))
        if got is None:
            continue
        name, date_at = got
        name, tag = _untagged(name)
        day = None
        if date_at is not None:
            a, b = date_at
            phrase = _spelled(line[a:b], order)
            day = (Span(start + a, start + b), phrase, False) if phrase else None
        yield start, start + len(line), name, tag, day


def _spelled(phrase: str, order: str | None) -> str | None:
    """The header's date with its month in words, or None when it cannot be told apart: a
    numeric "06/03/2026" read day first or month first as the page writes its other dates (when
    both numbers could be the month and the page writes none), a "3 hours ago" with no clock."""
    m = _NUMERIC_DAY.search(phrase)
    if m is None:
        return phrase if re.search(rf"\b(?:{datelines.MONTH})\b", phrase, re.I) else None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    y = y + 2000 if y < 100 else y
    if a > 12 >= b:
        order = "day"
    elif b > 12 >= a:
        order = "month"
    day, month = (a, b) if order == "day" else (b, a) if order == "month" else (0, 0)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{day} {calendar.month_name[month]} {y}"


def _piped(line: str):
    """A pipe-separated header: a post number or a labelled field, a name and a date field."""
    if line.count("|") < 2:
        return None
    fields, offsets, at = [], [], 0
    for part in line.split("|"):
        fields.append(part.strip())
        offsets.append(at + len(part) - len(part.lstrip()))
        at += len(part) + 1
    name = date_at = None
    counted = False
    for f, o in zip(fields, offsets):
        if not f:
            continue
        if _POST_NO.match(f) or _LABELLED.match(f):
            counted = True
        elif _DATEISH.search(f) and date_at is None and not re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", f):
            date_at = (o, o + len(f))
        elif name is None and len(f.split()) <= 5 and not f.endswith((".", "?", "!")):
            name = f
    if name is None or date_at is None or not counted:
        return None
    return name, date_at


def _by_line(line: str):
    m = _BY.match(line)
    if m is None or not m.group("date") or not _DATEISH.search(m.group("date")):
        return None
    return m.group("name"), (m.start("date"), m.end("date"))


def _wrote(line: str):
    m = _WROTE.match(line)
    if m is None or len(m.group("name").split()) > 5:
        return None
    return m.group("name"), None


def _username_wrote(line: str):
    got = _wrote(line)
    if got is None or " " in got[0].strip() or not re.search(r"[\d_]|^[a-z]", got[0].strip()):
        return None
    return got


def _untagged(name: str) -> tuple[str, str | None]:
    """The name without its role tag ("Admin_Bex (Moderator)" -> "Admin_Bex", "Moderator")."""
    m = _ROLE_TAG.search(name)
    if m is None:
        return name.strip(), None
    return name[:m.start()].strip(), m.group("tag").strip().lower()


def _own_lines(text: str, start: int, until: int) -> list[tuple[int, int]]:
    """The post's own lines between its header and the next: without quoted earlier posts (a
    "Quote from" line and the "> ..." lines under it, or its one line when none is marked)."""
    out: list[tuple[int, int]] = []
    pos = start + 1
    quoting = False  # right under a quotation's head: an unmarked line is the quotation
    for line in text[start + 1:until].split("\n"):
        a, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        if _QUOTE_HEAD.match(line) or _WROTE.match(line):
            quoting = True
            continue
        if _QUOTED_LINE.match(line):
            quoting = False
            continue
        if quoting:
            quoting = False
            if text[a + len(line):until].strip():
                continue  # the quoted line, with the post's own text after it
        out.append((a, a + len(line)))
    return out


def _poster(name: str, tag: str | None, text: str, ctx) -> Speaker:
    """The speaker a header's name stands for: a person by display name, a body by an official
    account, else the username as written."""
    v = vocabulary()
    words = name.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words if w.isalpha()):
        shown = clean_name(list(words))
        if len(shown) >= 2:
            full = " ".join(shown)
            person = next((p for p in ctx.cast.people if p.name == full), None)
            return Speaker(name=full, as_written=name, person=person)
    if tag in v.official_account_tags or any(w.lower() in v.official_account_tags for w in _handle_words(name)):
        body = _body_spelled(name, text)
        if body:
            return Speaker(name=body, as_written=name)
    return Speaker(name=name, as_written=name)


def _handle_words(handle: str) -> list[str]:
    """"PennineBus_CustomerTeam" -> Pennine, Bus, Customer, Team."""
    return re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+", handle)


def _body_spelled(handle: str, text: str) -> str | None:
    """The longest run of the handle's first words that the page writes as a capitalised name."""
    words = _handle_words(handle)
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if phrase[:1].isupper() and (n > 1 or len(phrase) > 3) and re.search(rf"\b{re.escape(phrase)}\b", text):
            return phrase
    return None
