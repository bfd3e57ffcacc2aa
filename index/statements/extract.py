"""Attributed statements of articles: who said what, how, when.

Each article is parsed once (spaCy, paragraph by paragraph, batched over articles by
`extract_many`); `speakers_np.build_cast` reads who the article names, `attribution` finds
the (speaker, cue, content) triples, and dating here gives each statement its day:

- its own time phrase (`when.resolve`), marked "explicit" or "context";
- else the day of the same speaker's statement just before it (a continued quotation,
  "she added"), with that statement's basis;
- else the publication date, marked "publication" -- except for background ("according to
  the ministry", unless it tells the news of the report's own days, "since Sunday") and
  perfect-tense statements ("has said", save news just confirmed or denied), which get none;
- nothing at all when the article's date is unknown.
"""

from __future__ import annotations

import bisect
import calendar
import hashlib
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from index import carrier_dates, line_numbered, safety_net, said_dates
from index.models import Article, Span, Statement
from index.statements import (appointments, bare_titles, between_turns, block_headers, captions, carried_on, chat_export, closing_matter, colon_credits,
                              dash_credits, decision, emails, mail_bodies, entry_labels, event_write_up, heard_say, hearing_lead, issuer_voice, judgment_refs, label_quotes,
                              letters, media_days, message_days, nlp, not_said, note_days, numbered_reports, opening_participles, outlet_notes,
                              own_pages, posts, qa, read_out, retorts, role_bodies, round_up, section_frames, speeches, talk_pages, thread_posts, topic_notes,
                              transcript, turns, written_answers)
from index.statements import according_occasion
from index.statements.according_day import forecast, news_of_the_day
from index.statements import (comment_blocks, review_pages, petition_pages, through_officer, told_them, relayed_findings, soundbites, subtitle_turns, hearing_turns, fundraiser, reader_comments, writer_voice, local_days, note_bullets, other_calendar, report_authors, signed_sections,
                              passive_announcements, put_at, stated_by)
from index.statements.attribution import Raw, names_a_thing, paragraph_statements, quote_spans
from index.statements.dates import says_time
from index.statements.dating import where_in
from index.vocabulary import vocabulary
from index.statements.headings import date_line, day_under, heading_days
from index.statements.author import byline_author
from index.statements.cast import build_cast
from index.statements.delayed import name_described_speakers
from index.statements.event_days import at_event, audience_day, same_event, word_stem
from index.statements.plea_day import plea_day
from index.statements.scenes import Scene, dates_main_verb, dates_occasion, dates_recalled_saying, on_timeline, scene_day, to_come
from index.statements import contacted_asides, update_blocks, witness_form
from index.statements import document_days, event_days, fresh_reports, headline_says, named_at_event, occasion_scenes, panel_decision, recalled_days, visit_days
from index.statements.said_on import said_on_first
from index.statements.viewer_stamps import viewer_stamped
from index.statements.when import closing_aside, needs_event_anchor, resolve
from index.textnorm import fold, normalize

log = logging.getLogger(__name__)

_BARE_PRONOUNS = frozenset("us me him her them".split())  # (not "it": "He used to say it to every new member" is a saying)


def statement_id(article_id: str, start: int, end: int, speaker: str, nth: int = 0) -> str:
    """Stable id of (article, span, speaker); `nth` tells apart one speaker's several
    statements in one sentence ("said ..., adding ...")."""
    key = f"{article_id}|{start}|{end}|{speaker}" + (f"|{nth}" if nth else "")
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def extract(article: Article) -> list[Statement]:
    """Every attributed statement of `article`, in text order."""
    return extract_with_aliases(article)[0]


def extract_with_aliases(article: Article) -> tuple[list[Statement], dict[str, str]]:
    """Statements and the article's alias table (normalised alias -> canonical)."""
    return extract_many([article])[0]


def extract_many(articles: Sequence[Article], progress: Callable[[int, int], None] | None = None,
                 unread: list[str] | None = None) -> list[tuple[list[Statement], dict[str, str]]]:
    """`extract_with_aliases` for many articles, parsed in one batch; `progress(done, total)` in
    paragraphs (half a paragraph when parsed, the other half when read), for a long ingest.
    An article no reader could get through gets no statements and its id is added to `unread`."""
    if not articles:
        return []
    tick = _ticker(progress, sum(len(nlp.parsed_spans(a)) for a in articles)) if progress else None
    out = [_article_or_none(a, docs, tick, unread) for a, docs in zip(articles, nlp.parse(articles, on_paragraph=tick))]
    for a, (stmts, aliases) in zip(articles, out):  # for `store.replace_statements` called without a table
        _RECENT[a.id] = (frozenset(s.id for s in stmts), aliases)
    while len(_RECENT) > 256:
        _RECENT.pop(next(iter(_RECENT)))
    return out


def _ticker(progress: Callable[[int, int], None], total: int) -> Callable[[], None]:
    steps = 0

    def tick() -> None:
        nonlocal steps
        steps += 1
        progress(min(steps // 2, total), total)

    return tick


def _article_or_none(article: Article, docs, tick: Callable[[], None] | None,
                     unread: list[str] | None) -> tuple[list[Statement], dict[str, str]]:
    """One article's statements; a reader's bug on one odd line costs that article its ledger (its
    passages are still indexed and searched), never the ingest of every other article."""
    try:
        return _article(article, docs, tick)
    except Exception as err:
        if safety_net.STRICT:
            raise
        log.warning("could not read who said what in %s (%s): its passages are indexed without statements",
                    article.source_path or article.id, type(err).__name__)
        log.debug("reading %s failed", article.id, exc_info=True)
        if unread is not None:
            unread.append(article.id)
        return [], {}


def _article(article: Article, docs, tick: Callable[[], None] | None = None) -> tuple[list[Statement], dict[str, str]]:
    bases, n = [], 0
    for _, doc in docs:
        bases.append(n)
        n += sum(1 for _ in doc.sents)
    ctx = build_cast(docs, bases)
    ctx.author = byline_author(article)
    titled = bare_titles.holders(article.text, ctx)  # "Gov. Ann Roe ... Gov took questions": Gov is Ann Roe
    bare_titles.mention(ctx, docs, bases, titled)
    opened = opening_participles.read(docs, bases, ctx)  # "Opposing the petition, Advocate X, for Y, denied"
    ctx.addressee = letters.remarks_parties(article, ctx)[1]
    raws: list[Raw] = []
    carry = None
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        found, carry = paragraph_statements(ctx, doc, span, pi, base, carry)
        raws.extend(found)
        if tick:
            tick()
    name_described_speakers(article.text, raws, ctx, docs[0][0].start if docs else 0)
    raws = letters.merge(raws, opened)
    signed = letters.read(article, docs, bases, ctx)  # a letters page: each letter is its signatory's
    raws = letters.merge(raws, signed)
    # a report's "CHAIR'S STATEMENT" signed below it: a letter read above keeps its signatory, dated by the signature
    sectioned = signed_sections.dated_letters(signed_sections.read(article, docs, bases, ctx), signed)
    mailed = emails.read(article, docs, bases, ctx, raws)  # "From: X <...>" / "Sent: ...": each message its sender's
    raws = letters.merge(raws, mailed)
    if mailed:  # a message's "he" is the one it just named; a letter it quotes is the letter writer's
        raws = mail_bodies.settle(raws, fold(article.text), emails.messages(article), [span for span, _ in docs], ctx)
    signed = signed + mailed
    raws = letters.merge(raws, read_out.read(docs, bases, ctx))  # "an email from X ... "...""
    raws = read_out.prevail(raws, read_out.following(docs, bases, ctx))  # "The following letter from X ...", then the letter
    raws = letters.merge(raws, judgment_refs.read(docs, bases, raws))  # a summary's "[34]": the judge's reasoning
    raws = dash_credits.merge(raws, dash_credits.read(docs, bases, ctx))  # '"..." - Mayor X, in a video
    raws = letters.merge(raws, colon_credits.read(docs, bases, ctx, article.text))  # 'Leader Cllr X: "..."' (a thread's, a running report's)
    colon_credits.rebind(raws)  # "Ann Roe writes: ..." then "She adds that ...": hers
    raws = letters.merge(raws, block_headers.read(docs, bases, ctx))  # "Comment from Dr X, Title:" over quote paragraphs
    raws = chat_export.merge(raws, chat_export.read(article, docs, bases, ctx), article, docs)  # "[12/02/2026, 08:14] Ann Roe: ..."
    chat_export.stamp(raws, article, docs)  # a message's reported words: its day
    raws = letters.merge(raws, posts.read(article, docs, bases, ctx))  # "@AnnKorr · Feb 2" over the post's text
    raws = captions.merge(raws, captions.read(article, docs, bases, ctx), article)  # a video page's caption lines: the chapter's speaker's
    threaded = thread_posts.read(article, docs, bases, ctx)  # "#3 | ann_k | Posts: 87 | date" over a forum post
    raws = thread_posts.group_first(raws, threaded, article.text)  # a group page's reply: its own post's reading
    raws = thread_posts.relays_first(raws, threaded)  # a post's "she told me, '...'": the one it names, not "she"
    raws = letters.merge(thread_posts.own_deeds(thread_posts.off_comments(raws, article.text), threaded, article.text), threaded)
    signed = signed + threaded
    talked = talk_pages.read(article, docs, bases, ctx)  # "... Ann Roe (talk) 14:02, 3 March 2026 (UTC)" closing a comment
    raws = letters.merge(raws, talked)
    signed = signed + talked
    raws = letters.merge(raws, topic_notes.read(article, docs, bases, ctx, raws))
    raws = note_bullets.merge(raws, note_bullets.read(article, docs, bases, ctx), article)  # "- Ann (Acme): part ships Monday"  # "On the injury:" over the manager's words
    raws = fundraiser.merge(raws, fundraiser.read(article, docs, bases, ctx), article)  # a crowdfunding page's story, updates, comments
    raws = comment_blocks.merge(raws, comment_blocks.read(article, docs, bases, ctx), article)  # a comments page's blocks
    raws = reader_comments.merge(raws, reader_comments.read(article, docs, bases, ctx), article)  # "**Ann Roe** · 2d" under a post
    raws = review_pages.merge(raws, review_pages.read(article, docs, bases, ctx), article)  # "★★★★☆ 3 weeks ago", owner's replies
    raws = petition_pages.merge(raws, petition_pages.read(article, docs, bases, ctx), article)  # "Created by X", "Government responded"
    raws = stated_by.read(docs, bases, ctx, raws)  # "This was stated by X": the words before are X's
    raws = passive_announcements.merge(raws, passive_announcements.read(docs, bases, ctx))  # "rules announced by X will ..."
    raws = letters.merge(raws, put_at.read(docs, bases, ctx))  # "X put his losses at more than £40,000"
    answers = written_answers.read(article, docs, bases, ctx)  # "Asked by X", "Answered by Y, Minister"
    if answers is not None:
        raws = written_answers.merge(raws, answers)
    interview = None if answers is not None else \
        subtitle_turns.read(article, docs, bases, ctx, _published(article)) \
        or hearing_turns.read(article, docs, bases, ctx, _published(article)) \
        or transcript.read(article, docs, bases, ctx, _published(article)) or turns.read(article, docs, bases, ctx, _published(article)) \
        or qa.read(article, docs, bases, ctx, _published(article))
    told = letters.told(article, docs, bases, ctx) if not signed and interview is None else []
    raws = letters.merge(raws, told)  # a first-person account "as told to" a reporter: the narrator's
    spoken: list[Raw] = []
    if not signed and interview is None and not told:  # a printed speech: every sentence is the speaker's
        spoken = speeches.read(article, docs, bases, ctx)
        raws = speeches.their_words(letters.merge(speeches.unsaid(raws, spoken, article.text), spoken), spoken, article.text)
    if interview is not None:  # an interview's "I" is the interviewee's, read from the turns
        # (the writer's own "I" outside the interview's turns is the byline's: a newsletter's host)
        turned = interview.asked | interview.answered
        raws = hearing_turns.rebound(raws, interview, ctx)  # a witness's "He told me ...": not the witness
        raws = hearing_turns.unasked(raws, interview, article.text)  # counsel's "Did X ever say ...?"
        raws = transcript.merge([r for r in raws if r.speaker.as_written.lower() != "i"
                                 or (ctx.author and r.speaker.name == ctx.author and r.paragraph not in turned)], interview, article.text)
    if interview is not None:  # an FAQ's "Q: ... A: We ...": the answers are the body's whose page it is
        raws = own_pages.answered_by_owner(article, docs, raws)
    if not signed and answers is None:  # a first-person post's own sentences: its writer's
        raws = writer_voice.merge(raws, writer_voice.read(docs, bases, ctx, raws, interview.asked | interview.answered if interview else set()))
    ruled = decision.ruling(article, docs, ctx) if not signed and interview is None and answers is None else None
    if ruled is not None:  # an ombudsman's or tribunal's decision: its "I" is the signer's, and its remedy
        raws = decision.merge(raws, decision.read(ruled, docs, bases, ctx, raws))
    if interview is None and answers is None:  # "The Company does not expect ...": an issuer's own outlook
        raws = letters.merge(raws, issuer_voice.read(docs, bases, raws))
        raws = own_pages.merge(raws, own_pages.read(article, docs, bases, raws))  # a status page's "we", a release's text
        raws = own_pages.merge(raws, update_blocks.read(article, docs, bases))  # an incident statement's dated blocks: the company's
        raws = update_blocks.own_nouns(raws, article)  # (and its "The airline says ...")
    raws = letters.merge(raws, appointments.read(docs, bases, raws, ctx))  # "X has named Y as chief executive"
    raws = letters.merge(raws, outlet_notes.read(article, docs, bases))  # a correction's "We apologise": the outlet's
    raws = letters.merge(raws, between_turns.read(docs, bases, raws))  # "X said .... <bare report>. She added": X's
    raws = letters.merge(raws, carried_on.read(docs, bases, raws))  # "X said ... . Otherwise it would appeal.": X's
    raws = bare_titles.renamed(raws, titled)  # "Owner said": the owner introduced by name
    role_bodies.renamed(raws, article.text)  # "operated by X ... The operator stated": X
    raws = retorts.merge(raws, retorts.read(docs, bases, ctx))  # 'Counsel replied that ..., to which the Judge remarked, "..."'
    raws = heard_say.merge(raws, heard_say.read(raws, article.text, ctx))  # 'she heard the master say "..."': the master's
    raws = told_them.read(raws, article.text, ctx)  # "X said the official had told them on Monday that ...": the official's
    raws = label_quotes.merge(raws, label_quotes.read(docs, bases, ctx, titled))  # 'Gov: "..."', 'On X: "..."'
    raws = relayed_findings.merge(raws, relayed_findings.read(docs, bases))  # "When the engineer ... he found that"
    raws = letters.merge(raws, sectioned)  # read after the readers of named credits, which keep their words
    raws = letters.merge(raws, headline_says.read(article, docs, ctx))  # a headline's "Union warns of ...": the union's
    raws = letters.merge(raws, report_authors.read(docs, bases, ctx))  # "the report found ...": a finding
    report_authors.authored(raws, docs, ctx)  # "A copy of her report ... The report concluded:": her words
    raws = closing_matter.outside(raws, closing_matter.spans(article))  # "Enquiries:", "ENDS", the market-abuse note
    raws = not_said.drop(raws, docs)  # "did not say whether ...", "expressed mixed views": nothing said
    raws = through_officer.trim(raws, article.text)  # "X said through its spokesman, Y, that ...": what X said
    media_days.lend(raws, docs)  # "she says in the clip": the clip's "posted on Monday night"
    panel = panel_decision.layout(article)  # a tribunal's or a panel's decision under a labelled header
    if panel is not None:
        raws, marked = panel_decision.respoken(raws, panel, article.text, {id(r) for r in sectioned}, docs, bases)
    contacted_asides.trim(raws, article.text)  # "disagreed that ... when contacted by the paper yesterday"
    raws = witness_form.settle(article, docs, bases, ctx, raws)  # a police witness statement: her "I", his "He said"
    events, scenes = _event_dates(article, docs)
    stmts = _dated(article, raws, events, scenes, _sentence_starts(docs), _act_years(raws, docs), {id(r) for r in signed + sectioned})
    if interview is not None:
        stmts = _at_interview(stmts, raws, interview, _published(article), docs)
        stmts = hearing_turns.relayed_dated(stmts, raws, interview, article.text)  # "He told me ...": the night asked about
    # words a speech relays ("When I visited X in November, ... She told me"): when they were said
    stmts = speeches.relayed_dated(stmts, raws, [r for r in spoken if any(r is k for k in raws)], docs, _published(article))
    if answers is not None:
        stmts = written_answers.dated(stmts, raws, answers)
    if ruled is not None:
        stmts = decision.dated(stmts, raws, ruled, _published(article))
    # a court report's lead ("The High Court on Wednesday directed"): the hearing's submissions, that day
    stmts = hearing_lead.dated(stmts, raws, docs, hearing_lead.lead_day(docs, events, _published(article)),
                               lambda r: _written(article.text, r) or _by_message(article.text, r))
    # a numbered-paragraph report ("2.3 The chief officer stated"): each paragraph dates its own words, or none
    stmts = numbered_reports.dated(stmts, article.text, [(span.start, span.end) for span, _ in docs], [r.paragraph for r in raws])
    # a quotation's numbered note ("[33] Interview with X, 5 November 2025"): its day and place
    stmts = note_days.dated(stmts, article.text, [(span.start, span.end) for span, _ in docs], [r.paragraph for r in raws])
    if panel is not None:  # the panel's voice on the decision's day, evidence at the hearing
        if ruled is not None:  # a first-person decider's words keep the decision's day
            marked[0].update(ruled.ids)
        stmts = panel_decision.dated(stmts, raws, panel, marked, article.text)
    # "(no relation to Fr X, she asks us to point out!)": an act whose only content is a pronoun
    # ("us", "them") says nothing of its own
    stmts = [s for s in stmts if s.content.strip(" ,.;:!?\"'“”‘’").lower() not in _BARE_PRONOUNS]
    aliases: dict[str, str] = letters.aliases(signed + sectioned)
    if panel is not None:  # "the respondent": the party the header names
        aliases.update({normalize(k): v for k, v in panel_decision.aliases(panel).items()})
    if sectioned:  # "the chair": the signer who signs with that role
        for role, name in signed_sections.roles(article.text).items():
            aliases.setdefault(normalize(role), name)
    if ruled is not None:  # the decider, by name and by the title they sign with ("the ombudsman")
        aliases.update(letters.aliases([r for r in raws if id(r) in ruled.ids][:1]))
        aliases.setdefault(normalize(ruled.title), ruled.decider.name)
    for p in ctx.cast.people:
        if any(s.speaker == p.name for s in stmts):
            aliases.setdefault(normalize(p.name), p.name)
            aliases.setdefault(normalize(p.name.split()[-1]), p.name)
            for role in p.roles:
                aliases.setdefault(normalize(role), p.name)
                for nation in p.nations:  # "the Russian foreign minister"
                    aliases.setdefault(normalize(f"{nation} {role}"), p.name)
    return stmts, aliases


def _at_interview(stmts: list[Statement], raws: list[Raw], interview: transcript.Transcript,
                  pub: date | None, docs=()) -> list[Statement]:
    """What an interviewee says in the transcript is dated at the interview, whatever day it names."""
    turns = {id(r) for r in interview.raws}
    when = (interview.day[0], interview.day[1], "context") if interview.day else (None, pub, "publication")
    if when[1] is None:
        when = (None, None, "none")
    until = interview.day[2] if interview.day and len(interview.day) > 2 and interview.day[2] != interview.day[1] else None
    # what a turn reports with no day of its own (a listener's note the host reads out) was said
    # on the show too, when the show's day is known
    inside = interview.asked | interview.answered if interview.day else set()
    # a feature's soundbite cued by narration that dates the speaker's words ("At a hearing on Monday, X told islanders ...")
    cues = soundbites.cued(stmts, raws, turns, interview.asked | interview.answered)
    out = [replace(st, when_text=cues[i].when_text, when_start=cues[i].when_start, when_end=cues[i].when_end,
                   date_basis=cues[i].date_basis) if i in cues else
           replace(st, when_text=when[0], when_start=when[1], when_end=until, date_basis=when[2])
           if id(r) in turns or (r.paragraph in inside and st.date_basis == "publication") else st
           for i, (st, r) in enumerate(zip(stmts, raws))]
    # words an answer remembers being said years ago ("In 1974 the manager told us ..."): then, not at the interview
    marks = recalled_days.marks(docs, interview.answered, when[1]) if docs else []
    for i, (st, r) in enumerate(zip(out, raws)):
        own = id(r) in turns
        if not marks or i in cues or r.paragraph not in interview.answered or not (own or stmts[i].date_basis == "publication"):
            continue
        span, doc = docs[r.paragraph]
        sent = next((s for s in doc.sents if span.start + s.start_char <= r.span.start < span.start + s.end_char), None)
        if sent is None:
            continue
        at = span.start + sent.start_char
        got = recalled_days.recalled(marks, r.paragraph, at if own else r.span.start, r.span.end, sent.text, own,
                                     interview.memoir)
        if got is not None:
            out[i] = replace(st, when_text=got.text, when_start=got.first, when_end=got.last, date_basis="context")
    return out


def _published(article: Article) -> date | None:
    return article.published if article.published and article.date_confidence != "unknown" else None


def _event_dates(article: Article, docs) -> tuple[list[tuple[int, date, str]], list[Scene]]:
    """Days the text names, in order, with their sentence: for phrases counted from them ("two
    days earlier") and for statements made at the event that sentence dates ("before the vote");
    and the scenes narrative sentences set (`scenes.py`)."""
    article_pub = _published(article)
    local = local_days.parts(article.text)  # a post's, a forwarded message's days: from its own header's
    if article_pub is None and not local:
        return [], []
    out: list[tuple[int, date, str]] = []
    scenes: list[Scene] = []
    starts = _sentence_starts(docs)
    for pi, (span, doc) in enumerate(docs):
        pub = local_days.day_at(local, span.start) or article_pub
        if pub is None:
            continue
        quoted = quote_spans(doc.text)[0]
        for ent in doc.ents:
            # "Tuesday night", "late last night" are TIME entities that still name a day
            if ent.label_ not in ("DATE", "TIME") or names_a_thing(ent) or ent.label_ == "TIME" and not _NIGHT.search(ent.text):
                continue
            verb = ent.root.head
            future = to_come(verb)
            pos = span.start + ent.start_char
            anchor = next(_anchor_days(out, pos, pub, future, _previous_sentence(article.text, starts, pos)), None) \
                if needs_event_anchor(ent.text) else None
            if needs_event_anchor(ent.text) and anchor is None:
                continue
            got = resolve(ent.text, pub, anchor, future)
            year = past_year(ent.text, pub) or _year_after(ent.text, scenes, pub)
            if year and not future and on_timeline(ent, quoted) and _sets_scene(ent):
                scenes.append(Scene(pi, span.start + ent.sent.start_char, span.start + ent.sent.end_char,
                                    year[0], ent.text, year[1]))
            if got and got[0] == got[1]:
                out.append((span.start + ent.start_char, got[0], ent.sent.text.lower()))
                if not on_timeline(ent, quoted):
                    out[-1] = out[-1][:2] + ("",)  # a day inside a quotation or a past perfect: no anchor
                if got[0] <= pub and not future and (dates_main_verb(ent) or dates_occasion(ent) or dates_recalled_saying(ent)) \
                        and not any(a <= ent.start_char < b for a, b in quoted):  # (a day a quote tells of: no scene of the story's)
                    scenes.append(Scene(pi, span.start + ent.sent.start_char, span.start + ent.sent.end_char,
                                        got[0], ent.text))
    if article_pub is not None:  # "Not everyone at the meeting was convinced.": the meeting's day
        scenes = sorted(scenes + occasion_scenes.read(article.text, docs, out, article_pub, lambda t: quote_spans(t)[0]), key=lambda sc: sc.start)
    return out, scenes


_NIGHT = re.compile(rf"\b(?:{'|'.join(calendar.day_name)}|last|yesterday|tonight)\b", re.I)
_PAST_YEAR = re.compile(r"(?:(?:in|during)\s+)?(?:(?:a|an|the|his|her|their)\s+)?((?:1[89]|20)\d\d)")
_LAST_YEAR = re.compile(r"(?:(?:in|during)\s+)?last year")


def past_year(text: str, pub: date) -> tuple[date, date] | None:
    """(1 January, 31 December) of a year before publication named alone ("in 1987", "1991"), or
    of the year before it ("told curators last year")."""
    if _LAST_YEAR.fullmatch(text.strip().lower()):
        return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
    m = _PAST_YEAR.fullmatch(text.strip().lower())
    if not m or int(m.group(1)) >= pub.year:
        return None
    y = int(m.group(1))
    return date(y, 1, 1), date(y, 12, 31)


_YEAR_AFTER = re.compile(r"(?:the )?(?:following|next) year|a year later")


def _year_after(text: str, scenes: list[Scene], pub: date) -> tuple[date, date] | None:
    """"the following year", counted from the past year the text set last ("In 1991 ...")."""
    last = next((sc for sc in reversed(scenes) if sc.last is not None), None)
    if last is None or not _YEAR_AFTER.fullmatch(text.strip().lower()) or last.day.year + 1 >= pub.year:
        return None
    y = last.day.year + 1
    return date(y, 1, 1), date(y, 12, 31)


def _sets_scene(ent) -> bool:
    """"In a 2002 interview she was asked", "She answered in a letter the following year": the year
    dates the sentence's verb (directly, or through the noun of the phrase that does), and the
    sentence tells of words spoken or written (an interview, a letter, a speech act), not of other
    past events ("took over as chief executive in 2022", "In the 2019 polls X had won")."""
    from index.vocabulary import vocabulary

    root = ent.sent.root
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children):
        return False  # a past perfect looks further back: background, not the scene
    head = ent.root.head
    if not (dates_main_verb(ent) or (head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep"
                                     and head.head.head.i == root.i)):
        return False
    v = vocabulary()
    records = v.statement_nouns | v.record_nouns
    return any(t.lower_ in records or (t.pos_ == "VERB" and v.speech_lemma(t.text)) for t in ent.sent)


def _sentence_starts(docs) -> list[int]:
    """Where each parsed sentence starts, in article offsets (for the sentence before a phrase)."""
    return [span.start + sent.start_char for span, doc in docs for sent in doc.sents]


def _told_since(text: str, r: Raw, scene: Scene, last: tuple[Raw, tuple] | None) -> bool:
    """The speaker's own dated words came after the paragraph's scene ("rejected the offer on Saturday.
    X told radio on Monday that ... 'We want more,' X said."): the quote is of that telling's day."""
    return last is not None and last[0].paragraph == r.paragraph and last[0].span.start > scene.start \
        and last[1][3] != "publication" and _same_appearance(text, r, last)


def _previous_sentence(text: str, starts: list[int], pos: int) -> str:
    """The sentence before the one holding `pos`."""
    k = bisect.bisect_right(starts, pos) - 1
    return text[starts[k - 1]:starts[k]].lower() if k >= 1 else ""


_WORD = re.compile(r"[a-z]{4,}")


def _topic(sentence: str) -> set[str]:
    from index.vocabulary import vocabulary

    v = vocabulary()
    stop, speech = v.stop_words, v.speech_words  # a property that builds its set on each read
    return {word_stem(w) for w in _WORD.findall(sentence) if w not in stop and w not in speech}


def _anchor_days(events: list[tuple[int, date, str]], pos: int, pub: date, future: bool, previous: str):
    """The days "two days earlier" may count from, best first: the last one of the story's
    timeline named before it (for words said in the past, not after publication: a meeting still
    to come) -- unless the sentence just before names no day and talks of an earlier dated event
    ("... approved the budget on Wednesday by 52 votes. [...] The vote was closer than hoped.
    Two days earlier, ..."): then that event's day first."""
    # the nearest dozen days named before it (not every one: a long article's dating stays linear)
    timeline = list(itertools.islice(((p, d, t) for p, d, t in _before(events, pos) if t and (future or d <= pub)), 12))
    if timeline and previous.strip() and not any(t.strip() == previous.strip() for _, _, t in timeline):
        topic = _topic(previous)
        shared, nearest = max((len(topic & _topic(t)), -k) for k, (_, _, t) in enumerate(timeline))
        if shared:
            yield timeline[-nearest][1]
    yield from (d for _, d, _ in timeline)


# A phrase that bounds a span ("warned of rain until Thursday", "shut through Sunday") dates the
# span's end, not the saying.
_SPAN_END = re.compile(r"^\s*(?:until|till|til|through|thru|up to|up until)\b", re.I)


def _own_date(r: Raw, pub: date, events: list[tuple[int, date, str]], previous: str = "",
              years: frozenset[str] = frozenset(), content: str = "", text_all: str = "") -> tuple | None:
    for sp, text, future in (said_on_first(text_all, r.times) if text_all else r.times):
        if _SPAN_END.match(text) or r.content.start < sp.start and sp.end <= r.content.end and sp.start not in r.act_days:
            continue  # (a day inside the reported words, "said she had written to them on October 2nd", is theirs)
        if needs_event_anchor(text):  # "the following day": of the last day named that keeps it said by now
            days = _anchor_days(events, sp.start, pub, future, previous)
            got = next((g for g in (resolve(text, pub, d, future) for d in days) if g and (future or g[0] <= pub)), None)
        else:
            got = resolve(text, pub, None, future)
        if got:
            return text, got[0], got[1] if got[1] != got[0] else None, got[2]
    if any(future for _, _, future in r.times):
        return None
    aside = closing_aside(content) if content and not r.times and r.quote_type != "direct" else None
    got = resolve(aside, pub) if aside else None
    if got:  # "X said the trust had cut staff, in a video on 27 February."
        return aside, got[0], None, got[2]
    if content and text_all:  # "remembers the strike of 1962 as ...": a year of the words' own is no day of theirs
        outside = text_all[r.span.start:r.content.start] + " " + text_all[r.content.end:r.span.end]
        years = frozenset(y for y in years if y not in content or y in outside)
    for text in [t for _, t, _ in r.times if any(y in t for y in years)] + sorted(years):
        year = past_year(text, pub)
        if year:  # "she told a radio station in 1987", "In a 2009 interview, X conceded": some time that year
            return text, year[0], year[1], "context"
    return None


def _act_years(raws: list[Raw], docs) -> dict[int, frozenset[str]]:
    """For each statement, the year phrases that hang on its speech verb itself ("told ... in
    1987", "said in a 2002 interview", "Speaking to students in 1995, she said"), not on another
    verb of its sentence ("Born in 1934, she ..., she later said")."""
    from index.vocabulary import vocabulary

    occasion, documents = vocabulary().speaking_participles, vocabulary().statement_nouns | vocabulary().record_nouns
    out: dict[int, frozenset[str]] = {}
    ents: dict[int, tuple[list[int], tuple]] = {}  # paragraph -> (entity starts, entities), read once
    for r in raws:
        if not r.cue and not r.continued and r.times:
            # a credit with no verb ("- Ann Roe, weaver, recorded in 1978", "interviewed 1998"): the
            # year its own time phrase gives is the words' year
            out[id(r)] = frozenset(t for _, t, _ in r.times if _YEAR.search(t))
            continue
        if not r.cue or not isinstance(r.cue[0], int) or r.paragraph >= len(docs):
            continue
        doc = docs[r.paragraph][1]
        verb = doc[r.cue[0]]
        found = set()
        if r.paragraph not in ents:
            # (Span.ents builds every entity of the paragraph on each read: quadratic in a long one)
            ents[r.paragraph] = ([e.start for e in doc.ents], doc.ents)
        starts, all_ents = ents[r.paragraph]
        sent = verb.sent
        in_sentence = all_ents[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]
        for ent in (e for e in in_sentence if e.end <= sent.end):
            tok = ent.root
            for _ in range(6):
                if tok.i == verb.i:
                    found.add(ent.text)
                    break
                if tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "advcl" and tok.head.i == verb.i
                                                        and tok.lower_ in occasion) \
                        and not (tok.dep_ == "acl" and tok.head.lower_ in documents):  # "In her memoir, published in 2001"
                    break
                if tok.head.i == tok.i:
                    break
                tok = tok.head
        out[id(r)] = frozenset(found)
    return out


_WRITTEN = {"wrote", "posted", "tweeted"}
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MEDIUM = re.compile(r"\b(?:in|on|via) (?:a|an|the|his|her|its|their) (?:[\w-]+ )??([\w-]+)")


_PUBLISHED_IN = re.compile(r"\b(?:in|on|via) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?[\w-]+ (?:posted|published|emailed|tweeted)\b", re.I)


def _message_day(text: str, r: Raw, starts: list[int], pub: date | None) -> tuple | None:
    """The day of a message's words, from the sentence before them (`message_days.message_day`)."""
    if r.speaker.generic or not (_written(text, r) or _by_message(text, r)):
        return None
    return message_days.message_day(text, _previous_sentence(text, starts, r.span.start), r.span.start, pub,
                                    r.speaker.name.split()[-1])


def _by_message(text: str, r: Raw) -> bool:
    """"his email said", "the letter read": the words are a message's, named outside them."""
    from index.vocabulary import vocabulary

    media = vocabulary().written_media
    outside = text[r.span.start:r.content.start] + " " + text[r.content.end:r.span.end]
    return any(w in media for w in re.findall(r"[a-z][a-z-]*", outside.lower()))


def _written(text: str, r: Raw) -> bool:
    """Words written, not spoken: "wrote", "posted", or "told staff in a memo"."""
    if r.continued and r.source is not None:
        r = r.source  # a quotation's later sentence: as its cue says
    if r.act in _WRITTEN:
        return True
    from index.vocabulary import vocabulary

    media = vocabulary().written_media
    outside = text[r.span.start:r.content.start] + " " + text[r.content.end:r.span.end]
    # "said in a tribute posted on Tuesday": whatever it is called, a thing posted was written
    return any(m.group(1) in media for m in _MEDIUM.finditer(outside.lower())) or bool(_PUBLISHED_IN.search(outside))


# Words said to the reporter ("showed us ... and said", "told this newspaper"): said when the piece
# was reported, not on the day the narrative sentence before them dates.
_TO_REPORTER = re.compile(r"\b(?:told|tells|telling|showed|shows|showing|gave|explained to|said to|wrote to"
                          r"|speaking to|spoke to|talking to|asks|asked)\s+"
                          r"(?:us|me|this (?:newspaper|paper|reporter|website|site|programme|program|station))\b", re.I)


# "has confirmed", "has denied", "has warned": news the report brings, said by its day (unlike
# "has said", "has repeatedly denied", which tell of some time before it)
_FRESH = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|also\s+)?(?:confirmed|denied|warned|announced|revealed|accused|vowed|told)\b", re.I)


def _in_letter(spans: list[tuple[int, int]], r: Raw) -> bool:
    return any(a <= r.span.start < b for a, b in spans)


def _fresh_news(text: str, r: Raw) -> bool:
    if r.continued and r.source is not None:
        r = r.source
    return bool(_FRESH.search(text[r.span.start:r.content.start] + " " + text[r.content.end:r.span.end]))


def _to_reporter(text: str, r: Raw) -> bool:
    if r.continued and r.source is not None:
        r = r.source
    return bool(_TO_REPORTER.search(text[r.span.start:r.content.start] + " " + text[r.content.end:r.span.end]))


def _last_of(last_of: dict[str, tuple], name: str) -> tuple | None:
    """The speaker's latest dated statement, under a longer form of the name when this one is its
    tail ("Mamani Ruiz wrote" after "Dr. Ana Mamani Ruiz said") and only one name ends so."""
    if name in last_of:
        return last_of[name]
    # ("Speaking on Monday, the Governor said ... The Governor said ...": one title, capitalised at a sentence's start)
    # (a title only: "the union" after "The union said on Monday" may answer on another day)
    titled = name.lower().startswith("the ") and vocabulary().is_role(name.split()[-1])
    same = [k for k in last_of if k.lower() == name.lower()] if titled else []
    if len(same) == 1:
        return last_of[same[0]]
    longer = [k for k in last_of if k.endswith(" " + name)]
    return last_of[longer[0]] if len(longer) == 1 else None


def _member(r: Raw) -> bool:
    """A speaker who sits on a body that meets (a councillor, a senator, a board's director: the
    vocabulary's `member_roles`), so words said right after a meeting's were said at it too."""
    members = vocabulary().member_roles
    roles = r.speaker.person.roles if r.speaker.person is not None else set()
    written = {vocabulary().title_role(w) or w for w in r.speaker.as_written.lower().replace(".", "").split()}
    return any(w in members for w in (*roles, *written))


def _nested(r: Raw, mates: list[Raw]) -> bool:
    """An act reported inside another statement's words ("said she had written to them on October
    2nd asking them to ..."): its day is the reported act's, no appearance a later "she said" continues."""
    return any(o is not r and o.content.start <= r.content.start and r.content.end <= o.content.end
               and (o.content.start, o.content.end) != (r.content.start, r.content.end) for o in mates)


def _same_appearance(text: str, r: Raw, last: tuple[Raw, tuple] | None) -> bool:
    """A statement continuing the speaker's dated one: within two paragraphs, and not a post
    followed by words said (a LinkedIn post on Monday, then a quote given to the reporter); a
    memo "told" staff and what "the 49-year-old wrote" in it are one."""
    if last is None or r.speaker.generic and last[0].paragraph != r.paragraph and not _one_title(r, last[0]):
        return False  # (an unnamed source's "..., he said" right after its dated words is the same one)
    prev = last[0]
    # ("X wrote that ... She added that ...": an addition goes on in the words it adds to, written or spoken)
    # ("'...,' she added. She also wrote that ...": in one paragraph, the writing the addition went on in)
    # ("X said in a ruling dated Feb. 19 that ... '...,' X wrote": what X wrote in that ruling)
    if _present_cue(text, r) and not _present_cue(text, prev) and not r.continued:
        return False  # "X told the hearing on Monday ... X says no money is set aside": said to the report, now
    if _fresh_paragraph(text, r, prev):
        return False  # "X said on Friday ... [quote] / Mr X said the party would ...": told the report
    if not r.continued and _HOWEVER.match(text, r.span.start, r.content.start):
        return False  # "Mr X, however, blamed ...": a position set against the last, told the report
    return r.paragraph - prev.paragraph <= 2 and (_written(text, prev) == _written(text, r)
                                                  or r.act in _WRITTEN and _in_a_document(text, prev)
                                                  or r.act in _ADDING and not r.continued and not _to_reporter(text, r)
                                                  or prev.act in _ADDING and prev.paragraph == r.paragraph and _written(text, r)
                                                  # ("In a report dated Feb. 2, X wrote that ... She estimated ...": the report's too)
                                                  or prev.paragraph == r.paragraph and not r.continued and _written(text, prev)
                                                  and _in_a_document(text, prev))


_ADDING = {"add", "adds", "added", "adding"}
# a named subject's cue set apart by "however" before its verb
_HOWEVER = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+however,\s+[a-z]+\b")


# "Its chief executive, Ann Roe, said", "Their spokeswoman, Ann Roe, told ...": the body just named speaks through her
_ITS_OFFICER = re.compile(r"^\s*(?:Its|Their)\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*,\s+(?:[A-Z][\w'’.-]*\s*){1,4},\s*$")
# "Operations manager Della Frayne said", "Company secretary Ann Roe said": a body's officer by a job
# word before her name, with no clause about her ("who represents the ward" is another occasion's)
_JOB_BEFORE_NAME = re.compile(r"^\s*(?:[A-Z][a-z'’-]+\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?P<job>[a-z][\w'’-]*)\s+(?:[A-Z][\w'’.-]*\s*){1,4}$")


def _officer_job(cue: str) -> bool:
    """The cue names its speaker by a body's officer's job ("Operations manager NAME"), not by one
    of the body's members or of the public (a councillor, a resident)."""
    m = _JOB_BEFORE_NAME.match(cue)
    if m is None:
        m = re.match(r"^\s*(?P<job>[A-Z][a-z'’-]+)\s+(?:[A-Z][\w'’.-]*\s*){1,4}$", cue)  # "Spokeswoman NAME said"
    if m is None:
        return False
    v = vocabulary()
    return m.group("job").lower() in {*v.leaders, *v.job_kinds.get("official", ()), "spokesperson", "spokesman", "spokeswoman"}


def _its_officer(text: str, r: Raw, before: list[Raw], whens: dict[int, tuple]) -> tuple | None:
    """The day of a body's words the sentence before gave ("The X Guild told the paper on Tuesday
    that ...", "..., the operator confirmed yesterday"), for its officer's words that open on "Its
    TITLE, NAME, said" or "Operations manager NAME said": one occasion."""
    cue = text[r.span.start:r.content.start]
    verb = re.search(r"\b(?:said|says|added|told|warned|explained|insisted|argued|noted)\b", cue)
    if verb is None or not (_ITS_OFFICER.match(cue[:verb.start()]) or _officer_job(cue[:verb.start()])):
        return None
    prev = next((p for p in reversed(before) if p.span.start < r.span.start), None)
    if prev is None or prev.speaker.person is not None or r.paragraph - prev.paragraph > 1:
        return None
    when = whens.get(id(prev))
    return when if when and when[1] is not None and when[3] not in ("publication", "none") else None


def _one_title(r: Raw, prev: Raw) -> bool:
    """"the Governor said on Monday ... / The Governor said ...": a definite title written alike is
    one person ("a spokesman" and "a spokesman" may be two)."""
    written = r.speaker.as_written.strip().lower()
    return written.startswith("the ") and vocabulary().is_role(written.split()[-1]) and written == prev.speaker.as_written.strip().lower()


def _undated_last(last: tuple[Raw, tuple] | None) -> bool:
    """The speaker's last words were dated only by the report's day."""
    return last is not None and last[1][3] == "publication"


def _fresh_paragraph(text: str, r: Raw, prev: Raw) -> bool:
    """A new paragraph that opens on its speaker's own cue and reports indirectly ("Ms X disclosed
    that the company had ...", "She said the group would ..."), after words the speaker said on a
    bare day in an earlier one ("'...,' she said on Monday"): the report's summary of what the
    speaker told it. (Words told an occasion, "told reporters on Tuesday", "told lawmakers before
    the vote", go on in the paragraphs after; so do a quotation paragraph and an "added".)"""
    if r.continued or r.quote_type != "indirect" or r.paragraph <= prev.paragraph or r.act in _ADDING:
        return False
    line_start = text.rfind("\n", 0, r.span.start) + 1
    return not text[line_start:r.span.start].strip() and r.content.start > r.span.start and _bare_day(text, prev)


# what a cue of words said on a bare day holds besides its speaker, its verb and its day
_BARE_CUE = {"he", "she", "they", "it", "on", "and", "mr", "mrs", "ms", "dr"}


def _bare_day(text: str, r: Raw) -> bool:
    """The cue of `r` (of its quotation's cue sentence) names only its speaker, its verb and its
    day ("..., she said on Monday", "X said on Tuesday that"), no audience or occasion."""
    r = r.source if r.continued and r.source is not None else r
    if not r.times:
        return False
    outside = text[r.span.start:r.content.start] + " " + text[r.content.end:r.span.end]
    for sp, _, _ in r.times:
        outside = outside.replace(text[sp.start:sp.end], " ")
    words = set(re.findall(r"[a-z]+", outside.lower())) - set(re.findall(r"[a-z]+", r.speaker.as_written.lower()))
    return words <= _BARE_CUE | {r.act}


_PRESENT_CUE = re.compile(r"\b(?:says|tells|asks)\b")


def _names_speaker(text: str, scene, r: Raw) -> bool:
    """Whether the scene's sentence names `r`'s speaker ("I rang X on Sunday. She says ...": she says
    it then; "The club met on Tuesday. Its chair tells me ...": told the writer now)."""
    surname = r.speaker.name.split()[-1] if r.speaker.name else ""
    return len(surname) > 2 and surname in text[scene.start:scene.end]


def _present_cue(text: str, r: Raw) -> bool:
    """A cue in the present tense ("X says", "she tells me"): what the speaker says now, to the report."""
    return bool(_PRESENT_CUE.search(text[r.span.start:r.content.start]) or _PRESENT_CUE.search(text[r.content.end:r.span.end]))
# ("X, who visited the shelter on Friday night, said ...": a plain "said" is as often told the report
# later; "warned", "called on" report what was done there)
_PLAIN_SAYING = {"said", "says", "told", "tells"}
_SPOKEN_NOUNS = {"interview", "briefing", "announcement", "readout", "statement"}


_A_YEARS = re.compile(r"\byear(?:['’]s|s)?\b", re.I)
_NOW = re.compile(r"\b(?:this (?:week|morning|month)|today|yesterday|tonight|now|currently|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:not\s+|also\s+|now\s+)?\w+", re.I)


def _background_figure(content: str) -> bool:
    """A figure of a year ("27 people died in 2021", "Last year's harvest was worth $40 million"), not
    a state the source reports now ("throughput has fallen to 61,000 in the last financial year").
    The shared eval's gold dates "according to" news with no year at publication and leaves figures
    of a year undated (shared/eval/general/statements.jsonl)."""
    return bool(_YEAR.search(content)) or bool(_A_YEARS.search(content)) and not _HAS_DONE.search(content) \
        and not _NOW.search(content)  # ("were around $612 this week, compared with $680 last year": now)


def _in_a_document(text: str, r: Raw) -> bool:
    """The cue names a document its words are in ("said in a ruling dated ...", "in its decision")."""
    nouns = vocabulary().statement_nouns - _SPOKEN_NOUNS
    outside = text[r.span.start:r.content.start].lower()
    return any(m.group(1) in nouns for m in _MEDIUM.finditer(outside))


def _dated(article: Article, raws: list[Raw], events: list[tuple[int, date, str]],
           scenes: list[Scene], starts: list[int], act_years: dict[int, frozenset[str]] | None = None,
           writers: set[int] | frozenset[int] = frozenset()) -> list[Statement]:
    pub = article_pub = _published(article)
    local = local_days.parts(article.text)  # a thread's posts, an e-mail's messages: each its own day
    pair = carrier_dates.equivalence(article.text[:4_000])  # "Tir 16, 2018 (January 24, 2026)"
    spoken = {r.span.start for r in raws}
    # a letter's or an e-mail's own sentences are its writer's by layout, yet still narrate: "I spoke
    # to X yesterday. He says ..." sets the day of X's words (`writers`: those statements' ids)
    narrating = {r.span.start for r in raws if id(r) in writers} - {r.span.start for r in raws if id(r) not in writers}
    headings = heading_days(article, pub, starts[0] if starts else 0)
    page_line = headings[0] if date_line(article, headings, pub) else None  # (the story's sentences date first)
    # a signed-off letter's "Mr X has advised that ...": told to its writer, news of the letter's day
    letter_spans = [(sec.start, sec.end) for sec in signed_sections.sections(article.text) if sec.letter] if pub else []
    whens: dict[int, tuple] = {}
    wheres: dict[int, str | None] = {}
    last_of: dict[str, tuple[Raw, tuple]] = {}  # the speaker's latest dated statement
    occasions: dict[str, Raw] = {}  # the speaker's latest statement dated by its own time phrase
    last_where: dict[str, str | None] = {}
    # an undated piece that says which year it is written in ("This year, 2025, has been ..."):
    # what is said in it was said that year
    year = said_dates.said_year(article.text) if pub is None else None
    hearing: tuple[int, tuple, bool] | None = None  # (paragraph, day, a hearing's?) of the last words said at the story's event
    page = round_up.read(article)  # a page of independent items: each item dates its own words
    all_events = events
    voices = sorted((r.span.start, r.speaker.name) for r in raws)  # who speaks where, for named_at_event
    sentence_mates: dict[Span, list[Raw]] = {}  # the statements of each sentence (_outside reads only those)
    for r in raws:
        sentence_mates.setdefault(r.span, []).append(r)
    for i, r in enumerate(raws):
        when: tuple = (None, None, None, "none")
        audience = visit = spoke = None
        fresh = False  # a new "He said ..." told the report: no day of its own for the speaker's next words to go on in
        pub = local_days.day_at(local, r.span.start) or article_pub
        events = page.scoped(all_events, r.span.start) if page else all_events
        if local and last_of:  # another dated part's (an earlier update block's) words are of another day
            last_of = {k: v for k, v in last_of.items() if local_days.same_part(local, v[0].span.start, r.span.start)}
        if page and last_of:  # another item's speakers are another case's: no words carried over
            last_of = {k: v for k, v in last_of.items() if page.same_item(v[0].span.start, r.span.start)}
        if page and hearing and not page.same_item(raws[i - 1].span.start, r.span.start):
            hearing = None
        if r.stamped is not None:  # a chat message: the day its stamp gives
            when = (r.stamped[0] or None, r.stamped[1], None, (r.stamped[2:] or ("explicit",))[0] if r.stamped[1] else "none")
        elif pub is None and (heading := day_under(headings, r.span.start)):
            # an undated timeline: what is said under an entry was said on the entry's day
            when = (heading[0], heading[1], heading[2] if heading[2] != heading[1] else None, "context")
        elif year is not None:
            when = (None, date(year, 1, 1), date(year, 12, 31), "context")
        elif pub is None and not r.continued and (got := message_days.undated_day(article.text, said_on_first(article.text, r.times), r.span.start)
                                                  or _message_day(article.text, r, starts, None)):
            when = got  # an undated column's "on Oct. 6", in the year of the full date written before it
            if got[2] is None:  # (a year or a month named for one act is no day for the words after it)
                last_of[r.speaker.name] = (r, when)
        elif pub is None and not r.continued and not r.times and (last := _last_of(last_of, r.speaker.name)) \
                and last[0].paragraph == r.paragraph and not r.speaker.generic:
            when = last[1]  # "He asked for ..." after his dated email's words, in the same paragraph
        elif pub is not None:
            own = None if r.continued else _own_date(r, pub, events, _previous_sentence(article.text, starts, r.span.start),
                                                     (act_years or {}).get(id(r), frozenset()),
                                                     article.text[r.content.start:r.content.end], article.text)
            if own is None and not r.continued:  # "told reporters on Tir 12", by the date line's pair
                own = other_calendar.day_in(article.text[r.span.start:r.content.start] + " "
                                            + article.text[r.content.end:r.span.end], pair)
            heading = day_under(headings, r.span.start)
            if own and own[2] is not None and heading and heading[1] == heading[2] and own[1] <= heading[1] <= own[2]:
                own = (heading[0], heading[1], None, "context")  # "3 March 2024 - X said": the entry's day, not its month
            if r.continued and r.source is not None and id(r.source) in whens:
                when = whens[id(r.source)]
            elif own:
                when = own
                occasions[r.speaker.name] = r
            elif r.according and not r.perfect and (spoke := according_occasion.according_day(
                    article.text, r.span.start, r.content.start, r.content.end, r.span.end, pub)):
                when = spoke  # "..., according to X, who spoke at a press conference on Monday": then
                occasions[r.speaker.name] = r
            elif not r.continued and r.act not in _PLAIN_SAYING \
                    and (visit := visit_days.visit_day(article.text, r.span.start, r.content.start, events, pub)):
                when = visit  # "X, who attended Thursday's hearing, warned that ...": said there
            elif not r.continued and (sent := _message_day(article.text, r, starts, pub)):
                when = sent  # "X wrote to me on Oct. 6. '...,' his email said"
            elif r.according and not r.perfect and not _YEAR.search(article.text[r.content.start:r.content.end]) \
                    and _same_appearance(article.text, r, _last_of(last_of, r.speaker.name)):
                when = _last_of(last_of, r.speaker.name)[1]  # "according to X" right after X spoke: that day
                # (not a figure of a year, "27 people died in 2021": background)
            elif r.according and r.speaker.person is None and forecast(article.text[r.content.start:r.content.end]):
                pass  # "The road will reopen on 3 June, according to the ministry": a forecast, no day of its own
            elif r.according and not r.perfect and news_of_the_day(article.text[r.content.start:r.content.end]):
                when = (None, pub, None, "publication")  # "... since Sunday, according to the works office"
            elif r.according and not r.perfect and not _background_figure(article.text[r.content.start:r.content.end]):
                when = (None, pub, None, "publication")  # "According to the club, the pitch is 40 metres short": told the report
            elif r.according or (r.perfect and not _fresh_news(article.text, r) and not _in_letter(letter_spans, r)):
                pass  # background figures of a year and "has said": no day of their own
            elif r.perfect and _in_letter(letter_spans, r):
                when = (None, pub, None, "publication")  # a letter's "X has promised that ...": news of the letter's day
            elif page and (sitting := page.sitting(article.text, events, r.span.start, pub)):
                when = sitting  # an item of a round-up: said at its sitting
            elif not r.continued and (after := event_days.speaking_after(article.text, r, raws[:i], whens, events, pub)):
                when = after  # "Speaking after him, X said": at the sitting where the last speaker spoke
            elif same := same_event(article.text, r, raws[:i], whens) or at_event(article.text, r, events, pub, sentence_mates[r.span]):
                when = same
            elif doc_day := document_days.document_day(article.text, r, events, pub):
                when = doc_day  # "X's post acknowledges ...": the day the story dated the post
            elif not _to_reporter(article.text, r) and (scene := scene_day(r.paragraph, r.span.start, scenes, spoken if id(r) in writers and not signed_sections.own_telling(
                        article.text[r.span.start:r.span.end]) else spoken - narrating)) \
                    and not _told_since(article.text, r, scene, _last_of(last_of, r.speaker.name)) \
                    and not (_present_cue(article.text, r) and not _names_speaker(article.text, scene, r)):
                when = (scene.text, scene.day, scene.last, "context")  # "Two days earlier, X had ... She told"
            elif not r.continued and _undated_last(_last_of(last_of, r.speaker.name)) \
                    and (audience := audience_day(article.text, r, events, pub)):
                when = audience  # "'...,' he told the meeting" after his undated words: the meeting's day
            elif _same_appearance(article.text, r, _last_of(last_of, r.speaker.name)) \
                    and not (_to_reporter(article.text, r) and not says_time(_last_of(last_of, r.speaker.name)[1][0] or "")) \
                    and not (fresh := fresh_reports.fresh_report(article.text, r, occasions.get(r.speaker.name),
                                                               (_last_of(last_of, r.speaker.name) or (None,))[0])):
                # (not words told to the reporter after words told an inquest: another occasion)
                when = _last_of(last_of, r.speaker.name)[1]  # "she added", "X also said" just after
                wheres[id(r)] = last_where.get(r.speaker.name)
            elif not r.continued and (officer := _its_officer(article.text, r, raws[:i], whens)):
                when = officer  # "X Guild told the paper on Tuesday ... Its chairman, Y, said": that day too
            elif audience := audience_day(article.text, r, events, pub):
                when = audience
            elif hearing and r.paragraph - hearing[0] <= 1 and r.speaker.person is not None and not r.speaker.generic \
                    and not _to_reporter(article.text, r) and not _written(article.text, r) \
                    and (hearing[2] or _member(r)):
                when = hearing[1]  # a witness's "said", right after words told the inquest: at the hearing too
            elif heading and page_line is None:
                when = (heading[0], heading[1], heading[2] if heading[2] != heading[1] else None, "context")  # a blog's entry under its day
            elif plea := plea_day(article.text, r, events, pub):
                when = plea
            elif (not r.continued or r.source is not None and named_at_event.cue_at_occasion(article.text, r.source)) \
                    and not _to_reporter(article.text, r) \
                    and not _present_cue(article.text, r.source if r.continued else r) \
                    and not _written(article.text, r.source if r.continued else r) \
                    and (at := named_at_event.event_day(article.text, r, scenes, voices, pub)):
                # (a quote's first sentence, before a cue that tells of the occasion -- "..., she told the
                # workers" -- too: else its day would be the next sentences'; not before a bare "she said",
                # "told the Courier" or "said in a statement", words the report may have had on its own day;
                # "X tells me ...": said now, to the writer, not at the event)
                when = at  # "The count took place yesterday under the eye of X. [...] X declared ..."
            elif viewer_stamped(article.text, r.span.start):
                pass  # "@ana_k 2 weeks ago": a comment's day is unknown, not the page's
            elif page_line is not None:
                when = (page_line[1], page_line[2], None, "context")  # what the date line alone dates
            else:
                when = (None, pub, None, "publication")
            if when[1] is not None and (not r.according or when == spoke) and not _nested(r, sentence_mates[r.span]) \
                    and (not fresh or r.act in fresh_reports.DENIALS) \
                    and not (visit and when == visit):  # (the visit dates its sentence's act; later words may be told the report)
                # (a fresh denial's quote goes on in the denial; a summary's "..., the statement said" in the occasion)
                last_of[r.speaker.name] = (r, when)
            # words told the hearing start a run ("said outside court" does not: anyone may speak there)
            # (at a hearing anyone named next spoke there; at a meeting, only a member of the body met)
            fronted = own is not None and when == own and occasion_scenes.at_dated_occasion(
                article.text[r.span.start:r.content.start] + " " + article.text[r.content.end:r.span.end], own[0])
            if (audience and not audience[0].lower().startswith("outside") or hearing and when == hearing[1] or fronted) \
                    and when[1] is not None and when[1] < pub:
                court = audience[0].split()[-1].lower() in vocabulary().hearing_audiences if audience \
                    else hearing[2] if hearing else False  # (a meeting fronted: its body's members speak there)
                hearing = (r.paragraph, when, court)
            else:
                hearing = None
        whens[id(r)] = when
        wheres[id(r)] = _where(article.text, r) or wheres.get(id(r))
        if wheres[id(r)]:
            last_where[r.speaker.name] = wheres[id(r)]
    for r in raws:  # a quotation's first sentence, before the cue: the cue's date
        if r.continued and r.source is not None and id(r.source) in whens:
            whens[id(r)] = whens[id(r.source)]
    _call_days(article.text, raws, whens)
    # "These pictures were taken over four days last week": the captions after it quote words said then
    if (frame := section_frames.frame(article.text, article_pub, starts[0] if starts else 0)) is not None:
        for r in raws:
            whens[id(r)] = section_frames.framed(whens[id(r)], r.span.start, frame)
    # a status page's updates, each with its own "Posted <date>" line: each entry's words, that day
    if posted := entry_labels.entries(article):
        for r in raws:
            whens[id(r)] = entry_labels.dated(whens[id(r)], r.span.start, posted, background=r.according)
    # a club's or a parish's write-up of its meeting, under the meeting's business: said at the meeting
    event_write_up.dated(article, raws, whens, all_events, article_pub, lambda r: _to_reporter(article.text, r))
    out: list[Statement] = []
    nth: dict[tuple, int] = {}
    # a hearing transcript's line numbers are no words of anyone's (blanked, the offsets kept)
    worded = line_numbered.blanked if line_numbered.holds_transcript(article.text) else str
    for r in raws:
        when = whens[id(r)]
        key = (r.span.start, r.span.end, r.speaker.name)
        nth[key] = nth.get(key, -1) + 1
        out.append(Statement(
            id=statement_id(article.id, r.span.start, r.span.end, r.speaker.name, nth[key]),
            article_id=article.id, speaker=r.speaker.name, speaker_as_written=r.speaker.as_written,
            act=r.act, content=worded(article.text[r.content.start:r.content.end]), quote_type=r.quote_type,
            start=r.span.start, end=r.span.end, when_text=when[0], when_start=when[1], when_end=when[2],
            where=wheres.get(id(r)), date_basis=when[3], generic_speaker=r.speaker.generic))
    return out


# "Contacted, the official, X, said ...", "When reached by phone, X said": words the reporter got
# on a call, whose day the same speaker's next words name ("X said on phone yesterday").
_CONTACTED = re.compile(r"^(?:when |once )?(?:contacted|reached)\b", re.I)
_CALL = re.compile(r"\b(?:on|by|over|via) (?:the )?(?:tele)?phone\b|\bphone interview\b", re.I)


def _call_days(text: str, raws: list[Raw], whens: dict[int, tuple]) -> None:
    """A "Contacted," statement dated only by the publication takes the day of the call the same
    speaker's words within the next two paragraphs are dated by."""
    for i, r in enumerate(raws):
        if whens[id(r)][3] != "publication" or not _CONTACTED.match(text[r.span.start:r.span.end].lstrip()):
            continue
        for later in raws[i + 1:]:
            if later.paragraph - r.paragraph > 2:
                break
            when = whens[id(later)]
            if later.speaker.name == r.speaker.name and when[3] == "context" and when[1] is not None \
                    and _CALL.search(text[later.span.start:later.span.end]):
                whens[id(r)] = when
                break


def _where(text: str, r: Raw) -> str | None:
    """The city the attribution (not the content) names: "said in Vienna"."""
    if r.continued:
        r = r.source or r  # a quotation's later sentence: where its cue says
    outside = text[r.span.start:r.content.start] + " " + text[r.content.end:r.span.end]
    return where_in(outside)


def extract_statements(article: Article) -> list[Statement]:
    """`extract` (every extraction keeps the article's alias table for `recent_aliases`)."""
    return extract(article)


_RECENT: dict[str, tuple[frozenset[str], dict[str, str]]] = {}


def recent_aliases(article_id: str, statement_ids: Iterable[str]) -> dict[str, str] | None:
    """The alias table `extract_statements` built for exactly these statements, if any."""
    got = _RECENT.get(article_id)
    return got[1] if got and got[0] == frozenset(statement_ids) else None


def _before(events: list, pos: int):
    """The events (in text order) that come before `pos`, nearest first: found by bisection, not
    by passing over every later one (which made a long article's dating quadratic)."""
    for i in range(bisect.bisect_left(events, pos, key=lambda e: e[0]) - 1, -1, -1):
        yield events[i]
