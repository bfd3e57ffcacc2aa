"""whosaid's vocabulary of English news, read from `index/vocabulary.yaml` (data, not code).

Every part that needs English words reads them here: the statement extractor, the question
parser and the answerers. Loaded once per process (cached). All words are lower case.

    from index.vocabulary import vocabulary
    v = vocabulary()
    v.speech_lemma("denied")      -> "deny"        (None for a word that is no speech act)
    v.speech_lemma("called for")  -> "call for"    (multi-word acts keep their particle)
    v.speech_forms("say")         -> ("say", "says", "said", "saying")
    v.speech_forms()              -> every form of every act, longest first
    v.past("deny")                -> "denied"      (the form shown as a statement's act)
    v.is_reported("warn")         -> True          (introduces reported speech: "warned that")
    v.is_weak("describe")         -> True          (a speech act only with a clause or quote)
    v.is_stance("praise")         -> True          (its object is what was said: "praised the work")
    v.is_tag("laugh")             -> True          (a speech act only after a quotation: '"...," she laughed')
    v.attribution_phrases         -> ("according to", ...)
    v.is_role("minister")         -> True; v.roles is a frozenset (single and multi-word)
    v.title_gender("Ms")          -> "female"; v.is_title("Dr.") -> True
    v.pronoun("she")              -> {"gender": "female", "number": "singular"} or None
    v.role_gender("spokeswoman")  -> "female" or None
    v.role_group("diplomat")      -> {"diplomat", "foreign minister", ...}: words for one job
    v.organisations               -> nouns naming a body that speaks as one ("ministry", "alliance")
    v.companies                   -> nouns for a business ("company", "firm", "carrier")
    v.state_voices                -> nouns for a government speaking as one ("government", "officials")
    v.claim_nouns                 -> what one rejects or disputes ("that account", "the claim")
    v.counterpart_words           -> {"counterpart", ...}: a person given the role of the one they face
    v.readout_lemma("thanked")    -> "thank": an act a readout of talks reports (index/statements/readout_acts.py)
    v.reported_modals, v.expectation_words -> reported speech carried on without a cue ("would", "were expected")
    v.title_role("Sen.")          -> "senator": the job an abbreviated title names
    v.generic_sources, v.anonymity_markers, v.statement_nouns, v.record_nouns, v.occasions, v.event_audiences, v.written_media, v.channels, v.listeners
    v.question_words              -> {"who": "person", "how many": "amount", ...}
    v.stop_words                  -> frozenset

For reading questions (bot/answering):
    v.speech_words                -> one-word forms of every speech act, and of the opinion verbs a
                                     question asks with ("think", "liken") that attribute nothing
    v.wh, v.auxiliaries           -> "what", "which" ...; "did", "has" ...
    v.person_nouns                -> one-word roles and nouns for people ("resident", "passenger")
    v.body_nouns                  -> one-word organisations and companies, less place nouns
    v.place_nouns, v.venue_nouns, v.amount_nouns, v.duration_units, v.leaders, v.irregular_plurals
    v.figure_kinds                -> ("net", "gross", "operating", ...): kinds of a figure, each another number
    v.money_asked, v.change_words -> words after "how much" that ask for money; words that ask for a change
    v.money_nouns -> a sum's names ("fine", "fare"): asked by its name, a sum answers
    v.premises -> kinds of premises named by their names ("shop", "pharmacy"): "which shops" asks names
    v.currencies, v.currency_signs -> "dollars", "eur", ...; "$", "€", ...
    v.person_suffixes, v.not_person_words, v.question_fillers, v.not_names, v.organisation_name_words
    v.figure_nouns                -> what a company reports as a figure ("revenue", "profit")
    v.rising_verbs, v.falling_verbs -> lemmas of a change up ("gain", "rise") and down ("lose", "reduce")
    v.event_phrases               -> {"sue": ("go to court", ...)}: an act named in other words, as lemmas
    v.writer_roles                -> "fact-checkers", "reporters" ...: who speaks as the article's "we"
    v.own_page_kinds              -> "status", "newsroom": what a page's title adds to its owner's name
    v.own_page_labels             -> "frequently asked questions", "about us": a body's own page's heading
    v.release_labels              -> "news release", "media release": the label over a release's text
    v.paraphrases                 -> (("offer", "put on the table", ...), ...): groups of words for one act or stance
    v.same_things                 -> (("job", "post", ...), ...): nouns for one thing counted or asked about
    v.acts_told_by                -> {"cost": {"price", ...}}: nouns that tell an act happened
    v.open_verbs                  -> "rule out", "exclude": negated, they leave a thing possible
    v.change_verbs                -> verbs that ask only that something changed ("change", "switch")
    v.light_verbs                 -> "make", "take" ...: verbs whose object, not the verb, names the deed
    v.support_verbs               -> "carry out", "conduct" ...: verbs carrying a noun of the deed (bot/answering/deed_nouns.py)
    v.loose_acts                  -> "head", "believe" ...: deeds an article may word any way (bot/answering/asked_act.py)
    v.unknown_markers             -> regular expressions: "declined to name", "would be announced" ...
    v.time_unknown_markers        -> regular expressions: "did not say when", "no date has been set" ...
    v.not_known_markers           -> regular expressions: "not yet known", "yet to be decided" ...
    v.absence_nouns               -> "sign", "evidence", "report": found none of, they deny what they are of
    v.trade_partners              -> "vendor", "supplier": firms in trade with another, named when known
    v.reference_figures           -> "starting point", "sought": a figure given as a reference, not as what was done
    v.demand_verbs                -> "call", "urge": verbs that ask a doer to act (not the act done)
    v.result_nouns, v.finding_verbs -> "result", "finding" / "find", "show": what a test yields, and how it is told
    v.earlier_phrases, v.later_phrases -> "brought forward" / "pushed back": a thing moved earlier or later
    v.whether_unknown_markers     -> regular expressions: "did not say whether" ...: a yes/no question left open
    v.third_person("singular")    -> {"he", "she", "him", "her", ...}; "plural": {"they", "them", ...}

The API above is stable; the data file may grow.
"""

from __future__ import annotations

import calendar
import hashlib
import marshal
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from index import user_cache

_PATH = Path(__file__).with_name("vocabulary.yaml")
# The file's data, kept (marshal) with a digest of the text it was read from: a process reads it
# back in 1 ms instead of importing PyYAML and parsing (20 ms of every cold `whosaid ask`).
KEPT_FORMAT = b"whosaid-vocabulary-1\n"


def _kept_path() -> Path:
    return user_cache.folder() / "vocabulary.bin"


def _data() -> dict:
    """vocabulary.yaml's data: kept from an earlier read of the same text, or parsed (and kept)."""
    text = _PATH.read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    kept = user_cache.read(_kept_path(), KEPT_FORMAT)
    if kept is not None and kept[:len(digest)] == digest:
        try:
            data = marshal.loads(kept[len(digest):])
            if isinstance(data, dict):
                return data
        except (EOFError, ValueError, TypeError):
            pass  # damaged after all: parsed again below and rewritten
    import yaml

    # libyaml's loader when PyYAML has it (the same data, 8x faster than PyYAML's own)
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        payload = marshal.dumps(data)
    except ValueError:  # a value marshal cannot write (a YAML timestamp): parsed each time
        return data
    user_cache.write(_kept_path(), KEPT_FORMAT, digest + payload)
    return data


@dataclass(frozen=True)
class Vocabulary:
    """The loaded vocabulary; build it with `vocabulary()`."""

    speech_acts: dict[str, tuple[str, ...]]
    reported: frozenset[str]
    weak: frozenset[str]
    attribution_phrases: tuple[str, ...]
    statement_nouns: frozenset[str]
    record_nouns: frozenset[str]
    occasions: frozenset[str]
    event_audiences: frozenset[str]
    written_media: frozenset[str]
    attendance_verbs: frozenset[str]
    official_account_tags: frozenset[str]
    briefing_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    channels: frozenset[str]
    listeners: frozenset[str]
    roles: frozenset[str]
    organisations: frozenset[str]
    companies: frozenset[str]
    state_voices: frozenset[str]
    generic_sources: frozenset[str]
    documents: frozenset[str]
    anonymity_markers: tuple[str, ...]
    unnamed_only: frozenset[str]
    titles: dict[str, str | None]
    pronouns: dict[str, dict]
    gendered_roles: dict[str, str]
    role_groups: tuple[frozenset[str], ...]
    question_words: dict[str, str]
    stop_words: frozenset[str]
    opinion_acts: frozenset[str]
    auxiliaries: frozenset[str]
    people_nouns: frozenset[str]
    person_suffixes: tuple[str, ...]
    not_person_words: frozenset[str]
    leaders: frozenset[str]
    place_nouns: frozenset[str]
    amount_nouns: frozenset[str]
    duration_units: frozenset[str]
    length_units: frozenset[str]
    irregular_plurals: frozenset[str]
    question_fillers: frozenset[str]
    not_names: frozenset[str]
    organisation_name_words: frozenset[str]
    events: frozenset[str]
    unknown_markers: tuple[str, ...]
    _by_form: dict[str, str] = field(default_factory=dict, repr=False)
    stance: frozenset[str] = frozenset()
    finite: frozenset[str] = frozenset()  # acts that speak only as a finite verb ("asked for", not "to ask for")
    tags: frozenset[str] = frozenset()  # manner verbs that speak only after a quotation ('"...," she laughed')
    personal: frozenset[str] = frozenset()  # acts that report words only with a person for subject ("She proposed raising ...")
    initial_titles: frozenset[str] = frozenset()  # "M.": a title or an initial
    leader_titles: tuple[str, ...] = ()  # "Senior Chief", "Group Village Head": before one name, as written
    decider_roles: frozenset[str] = frozenset()  # "ombudsman", "tribunal member": who signs a decision
    deciding_verbs: frozenset[str] = frozenset()  # "decide", "rule": what a decider does to a case
    granting_words: frozenset[str] = frozenset()  # "uphold", "in part": a decision grants a claim
    decision_headings: frozenset[str] = frozenset()  # "reasons", "putting things right": the decider's part
    decision_header_labels: dict[str, frozenset[str]] = field(default_factory=dict)  # "respondent" -> party, ...
    decision_voice_headings: frozenset[str] = frozenset()  # "summary", "sanction": a panel's own sections
    body_finding_verbs: frozenset[str] = frozenset()  # "finds", "prefers": a deciding body's own findings
    position_verbs: frozenset[str] = frozenset()  # "think", "refuse": a party's position told in a decision
    post_nominals: frozenset[str] = frozenset()  # letters after a name, no part of it ("KC", "MP", "OBE")
    counterpart_words: frozenset[str] = frozenset()
    title_roles: dict[str, str] = field(default_factory=dict)
    post_nominal_roles: dict[str, str] = field(default_factory=dict)  # "KC" -> "counsel": the letters say the job
    court_pleas: frozenset[str] = frozenset()  # "admitted", "pleaded": a defendant's plea, made at the hearing
    court_sides: dict[str, str] = field(default_factory=dict)  # "defendant" -> "defence": only counsel acts for these
    counsel_acts: frozenset[str] = frozenset()  # "acted for", "appeared for": a lawyer's part for a party
    deferral_verbs: frozenset[str] = frozenset()  # "adjourned to", "remanded until": the day is still to come
    exchange_labels: frozenset[str] = frozenset()  # "Answer:", "Question:": a Q&A record's turn labels
    publishing_labels: frozenset[str] = frozenset()  # "posted", "issued": a top line's day the page went out
    round_up_markers: frozenset[str] = frozenset()  # "round-up", "in brief": a page of independent items
    write_up_occasions: frozenset[str] = frozenset()  # "agm", "dinner": gatherings a write-up reports
    agenda_headings: frozenset[str] = frozenset()  # "treasurer's report", "any other business"
    venue_nouns: frozenset[str] = frozenset()
    speaking_participles: frozenset[str] = frozenset()
    relay_participles: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    generation_markers: frozenset[str] = frozenset()
    given_name_abbreviations: frozenset[str] = frozenset()
    thing_endings: tuple[str, ...] = ()
    divisions: frozenset[str] = frozenset()  # kinds of a country's parts beside place_nouns ("department")  # endings of nouns for things that a person's suffix also ends ("payment")
    role_modifiers: frozenset[str] = frozenset()
    undated_adverbs: frozenset[str] = frozenset()
    reported_modals: frozenset[str] = frozenset()
    expectation_words: frozenset[str] = frozenset()
    change_verbs: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    support_verbs: frozenset[str] = frozenset()  # "carried out the inspection": the noun names the deed
    same_acts: tuple[frozenset[str], ...] = ()  # verbs for one act: "shut" / "close"
    state_acts: frozenset[str] = frozenset()
    loose_acts: frozenset[str] = frozenset()
    figure_nouns: frozenset[str] = frozenset()
    money_given_nouns: frozenset[str] = frozenset()
    money_paid_verbs: frozenset[str] = frozenset()
    time_unknown_markers: tuple[str, ...] = ()
    not_known_markers: tuple[str, ...] = ()
    whether_unknown_markers: tuple[str, ...] = ()
    asking_openers: tuple[str, ...] = ()
    asking_wrappers: tuple[str, ...] = ()
    asked_otherwise: dict = field(default_factory=dict)
    naming_requests: tuple[str, ...] = ()
    typed_shorthand: dict = field(default_factory=dict)
    regional_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    terse_kinds: dict = field(default_factory=dict)
    terse_said: frozenset[str] = frozenset()
    open_verbs: frozenset[str] = frozenset()
    rising_verbs: frozenset[str] = frozenset()
    falling_verbs: frozenset[str] = frozenset()
    event_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    salutations: tuple[str, ...] = ()
    figure_kinds: tuple[str, ...] = ()
    job_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    text_job_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    money_asked: frozenset[str] = frozenset()
    money_nouns: frozenset[str] = frozenset()
    premises: frozenset[str] = frozenset()
    change_words: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    currency_signs: tuple[str, ...] = ()
    disclosure_verbs: frozenset[str] = frozenset()
    giving_verbs: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    opinion_nouns: frozenset[str] = frozenset()
    posted_media: frozenset[str] = frozenset()
    posting_verbs: frozenset[str] = frozenset()
    occasion_openers: frozenset[str] = frozenset()
    hearing_audiences: frozenset[str] = frozenset()
    member_roles: frozenset[str] = frozenset()
    point_abbreviations: frozenset[str] = frozenset()
    point_abbreviations_as_written: frozenset[str] = frozenset()  # (the same, in the case they are written)
    agent_roles: dict = None  # type: ignore[assignment]
    empty_opinion_words: frozenset[str] = frozenset()
    decision_acts: frozenset[str] = frozenset()
    contests: frozenset[str] = frozenset()
    fixture_words: frozenset[str] = frozenset()
    fixture_ahead_words: frozenset[str] = frozenset()
    ending_acts: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    forecast_verbs: frozenset[str] = frozenset()
    revision_markers: tuple[str, ...] = ()
    issuer_self_nouns: frozenset[str] = frozenset()
    absence_nouns: frozenset[str] = frozenset()
    trade_partners: frozenset[str] = frozenset()
    result_nouns: frozenset[str] = frozenset()
    demand_verbs: frozenset[str] = frozenset()
    reference_figures: tuple[str, ...] = ()
    finding_verbs: frozenset[str] = frozenset()
    rule_nouns: frozenset[str] = frozenset()  # "its rules", "the policy": what a body changes (rules_after.py)
    rule_change_verbs: frozenset[str] = frozenset()  # "tightened", "relaxed" its rules
    earlier_phrases: tuple[str, ...] = ()
    later_phrases: tuple[str, ...] = ()
    earlier_asked: tuple[str, ...] = ()  # a question's bare "early" / "late" (premise_timing.py)
    sanction_verbs: tuple[str, ...] = ()  # "banned for life" / "suspended for 18 months" (premise_duration.py)
    later_asked: tuple[str, ...] = ()
    unknown_words: frozenset[str] = frozenset()
    withheld_nouns: frozenset[str] = frozenset()
    ahead_words: frozenset[str] = frozenset()
    postpone_verbs: frozenset[str] = frozenset()
    correction_markers: tuple[str, ...] = ()
    making_acts: tuple[str, ...] = ()
    other_calendar_months: tuple[str, ...] = ()
    studied_only: tuple[str, ...] = ()
    pending_verbs: tuple[str, ...] = ()
    decided_phrases: tuple[str, ...] = ()
    proposal_nouns: tuple[str, ...] = ()
    opposite_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    local_units: dict[str, str] = field(default_factory=dict)  # "barangay" -> "village"
    generic_bodies: frozenset[str] = frozenset()  # "group": any body a description names
    paraphrases: tuple[tuple[str, ...], ...] = ()
    same_things: tuple[tuple[str, ...], ...] = ()  # nouns a count or a question may use for one thing
    sibling_parties: tuple[tuple[str, ...], ...] = ()  # words for one of several parties of a kind
    acts_told_by: dict[str, frozenset[str]] = field(default_factory=dict)
    writer_roles: frozenset[str] = frozenset()
    own_page_kinds: frozenset[str] = frozenset()
    own_page_labels: frozenset[str] = frozenset()
    release_labels: frozenset[str] = frozenset()
    epithets: frozenset[str] = frozenset()
    tie_roles: frozenset[str] = frozenset()
    kin_pairs: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # (elder words, younger words)
    irregular_past: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "build" -> ("built",)
    nationality_nouns: frozenset[str] = frozenset()
    outlet_words: frozenset[str] = frozenset()
    gathered_records: frozenset[str] = frozenset()  # "pictures", "interviews": gathered once for a run of items
    gathering_verbs: frozenset[str] = frozenset()  # "taken", "conducted": how they were gathered
    clause_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lemma -> forms
    readout_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lemma -> forms
    topic_nouns: frozenset[str] = frozenset()
    welcomed_nouns: frozenset[str] = frozenset()
    sought_nouns: frozenset[str] = frozenset()
    deadline_periods: frozenset[str] = frozenset()
    body_members: frozenset[str] = frozenset()
    court_rulings: frozenset[str] = frozenset()
    court_ruling_verbs: frozenset[str] = frozenset()
    court_matters: frozenset[str] = frozenset()
    party_roles: dict[str, str] = field(default_factory=dict)  # "operator": "operated" (a report's parties)
    hearing_acts: frozenset[str] = frozenset()  # "directed", "stayed": a court's act in a hearing's lead
    hearing_bodies: frozenset[str] = frozenset()  # "The High Court on Wednesday directed": a hearing's lead
    hiring_verbs: frozenset[str] = frozenset()
    authoring_verbs: frozenset[str] = frozenset()  # lemmas: who put their name to a document
    authored_documents: frozenset[str] = frozenset()  # the documents one person signs
    briefing_lemmas: frozenset[str] = frozenset()  # of briefing_verbs, those that tell an interview by themselves  # lemmas: who a post went to ("hired as", "appointed")

    def speech_lemma(self, word: str) -> str | None:
        """The speech act a form belongs to ("said" -> "say"), or None."""
        return self._by_form.get(" ".join(word.lower().split()))

    def speech_forms(self, lemma: str | None = None) -> tuple[str, ...]:
        """The forms of one act, or of every act (longest first) when `lemma` is None."""
        if lemma is not None:
            return self.speech_acts.get(lemma, ())
        return tuple(sorted(self._by_form, key=lambda f: (-len(f), f)))

    def clause_lemma(self, word: str) -> str | None:
        """The act of a verb that reports speech only before a that-clause ("holds" -> "hold")."""
        word = word.lower()
        return next((lemma for lemma, forms in self.clause_acts.items() if word in forms), None)

    def readout_lemma(self, word: str) -> str | None:
        """The act of a verb a readout reports talks with ("thanked" -> "thank"), only in its own pattern."""
        word = word.lower()
        return next((lemma for lemma, forms in self.readout_acts.items() if word in forms), None)

    def past(self, lemma: str) -> str:
        """The simple past of an act ("deny" -> "denied"), the form a Statement's `act` uses."""
        forms = self.speech_acts.get(lemma, ()) or self.clause_acts.get(lemma, ()) or self.readout_acts.get(lemma, ())
        if 0 < len(forms) < 3 and lemma in self.clause_acts:  # a present-only act ("accepts"): its regular past
            return lemma + ("d" if lemma.endswith("e") else "ed")
        return forms[2] if len(forms) > 2 else lemma

    def is_reported(self, lemma: str) -> bool:
        return lemma in self.reported

    def is_weak(self, lemma: str) -> bool:
        return lemma in self.weak

    def is_tag(self, lemma: str) -> bool:
        return lemma in self.tags

    def is_stance(self, lemma: str) -> bool:
        return lemma in self.stance

    def is_finite_only(self, lemma: str) -> bool:
        return lemma in self.finite

    def is_role(self, word: str) -> bool:
        return " ".join(word.lower().split()) in self.roles

    def is_title(self, word: str) -> bool:
        return word.lower() in self.titles

    def title_gender(self, word: str) -> str | None:
        return self.titles.get(word.lower())

    def title_role(self, word: str) -> str | None:
        """The job an abbreviated title names: "Prof." -> "professor", "Sen." -> "senator"."""
        return self.title_roles.get(word.lower().rstrip("."))

    def pronoun(self, word: str) -> dict | None:
        return self.pronouns.get(word.lower())

    def role_gender(self, word: str) -> str | None:
        return self.gendered_roles.get(word.lower())

    @cached_property
    def speech_words(self) -> frozenset[str]:
        return frozenset(f for f, lemma in self._by_form.items() if " " not in f and lemma not in self.events) | self.opinion_acts

    def third_person(self, number: str) -> frozenset[str]:
        """Pronouns for someone spoken about: "singular" (he, her ...), "plural" (they, their ...)."""
        return frozenset(w for w, p in self.pronouns.items() if p.get("number") == number and not p.get("first")
                         and p.get("gender") != "neuter")

    @cached_property
    def wh(self) -> frozenset[str]:
        return frozenset(w for w in self.question_words if " " not in w)

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        return frozenset(r for r in self.roles if " " not in r) | self.people_nouns

    @cached_property
    def body_nouns(self) -> frozenset[str]:
        return frozenset(w for w in self.organisations | self.companies if " " not in w) - self.place_nouns

    def role_group(self, word: str) -> frozenset[str]:
        """Role words naming the same job ("diplomat" ~ "foreign minister"); empty if none."""
        w = " ".join(word.lower().split())
        return next((g for g in self.role_groups if w in g), frozenset())


def _words(items) -> frozenset[str]:
    for w in items or ():
        if isinstance(w, bool):  # YAML reads an unquoted no/yes/on/off as a boolean, not the word
            raise ValueError(f"index/vocabulary.yaml: a word read as {w}; quote it (\"no\", \"on\", \"off\")")
    return frozenset(" ".join(str(w).lower().split()) for w in items or ())


def _phrases(data: dict, key: str, lower: bool = True) -> tuple[str, ...]:
    """A list of the data file, in its order (lower case unless it holds patterns or signs)."""
    return tuple(str(p).lower() if lower else str(p) for p in data.get(key, ()))


def _table(data: dict, key: str) -> dict:
    """A mapping of the data file, its keys in lower case."""
    return {str(k).lower(): v for k, v in (data.get(key) or {}).items()}


def _lists(data: dict, key: str) -> dict[str, tuple[str, ...]]:
    """A mapping of the data file from a word to a list of words, all in lower case."""
    return {str(k).lower(): tuple(str(p).lower() for p in v) for k, v in (data.get(key) or {}).items()}


def _acts_marked(data: dict, flag: str) -> frozenset[str]:
    """The speech acts whose entry sets `flag` ("reported", "weak", "event", "stance")."""
    return frozenset(k for k, v in data["speech_acts"].items() if v.get(flag))


# Months and weekdays, lower case (the calendar's English names): capitalised without being names.
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))


def _not_names(data) -> frozenset[str]:
    """Words capitalised in a question without being a name: function words, roles and bodies,
    months and weekdays (the calendar's English names)."""
    one = lambda key: frozenset(w for w in _words(data.get(key)) if " " not in w)  # noqa: E731
    return (one("not_names") | one("question_words") | one("auxiliaries") | one("stop_words") | one("roles")
            | one("people_nouns") | ((one("organisations") | one("companies")) - one("place_nouns") - one("named_bodies"))
            | CALENDAR_WORDS)


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, loaded from the data file once per process."""
    data = _data()
    acts = {lemma: tuple(str(f).lower() for f in spec.get("forms", ())) for lemma, spec in data["speech_acts"].items()}
    by_form: dict[str, str] = {}
    for lemma, forms in acts.items():
        for form in forms:
            by_form.setdefault(form, lemma)
    return Vocabulary(
        speech_acts=acts,
        reported=_acts_marked(data, "reported"),
        weak=_acts_marked(data, "weak"),
        attribution_phrases=_phrases(data, "attribution_phrases"),
        statement_nouns=_words(data.get("statement_nouns")),
        record_nouns=_words(data.get("record_nouns")),
        occasions=_words(data.get("occasions")),
        event_audiences=_words(data.get("event_audiences")),
        hearing_audiences=_words(data.get("hearing_audiences")),
        member_roles=_words(data.get("member_roles")),
        point_abbreviations=_words(data.get("point_abbreviations")),
        point_abbreviations_as_written=frozenset(str(w) for w in data.get("point_abbreviations") or ()),
        agent_roles={str(k).lower(): str(v).lower() for k, v in (data.get("agent_roles") or {}).items()},
        written_media=_words(data.get("written_media")),
        attendance_verbs=_words(data.get("attendance_verbs")),
        official_account_tags=_words(data.get("official_account_tags")),
        briefing_verbs=_words(data.get("briefing_verbs")),
        claim_nouns=_words(data.get("claim_nouns")),
        channels=_words(data.get("channels")),
        listeners=_words(data.get("listeners")),
        roles=_words(data.get("roles")),
        organisations=_words(data.get("organisations")),
        companies=_words(data.get("companies")),
        documents=_words(data.get("documents")),
        state_voices=_words(data.get("state_voices")),
        generic_sources=_words(data.get("generic_sources")),
        anonymity_markers=_phrases(data, "anonymity_markers"),
        unnamed_only=_words(data.get("unnamed_only")),
        titles=_table(data, "titles"),
        pronouns=_table(data, "pronouns"),
        gendered_roles=_table(data, "gendered_roles"),
        role_groups=tuple(_words(g) for g in data.get("role_groups") or ()),
        question_words=_table(data, "question_words"),
        stop_words=_words(data.get("stop_words")),
        opinion_acts=_words(data.get("opinion_acts")),
        auxiliaries=_words(data.get("auxiliaries")),
        people_nouns=_words(data.get("people_nouns")),
        person_suffixes=_phrases(data, "person_suffixes"),
        not_person_words=_words(data.get("not_person_words")),
        leaders=_words(data.get("leaders")),
        place_nouns=_words(data.get("place_nouns")),
        amount_nouns=_words(data.get("amount_nouns")),
        duration_units=_words(data.get("duration_units")),
        length_units=_words(data.get("length_units")),
        irregular_plurals=_words(data.get("irregular_plurals")),
        irregular_past=_lists(data, "irregular_past"),
        question_fillers=_words(data.get("question_fillers")),
        not_names=_not_names(data),
        organisation_name_words=_words(data.get("organisation_name_words")),
        events=_acts_marked(data, "event"),
        unknown_markers=_phrases(data, "unknown_markers", lower=False),
        _by_form=by_form,
        stance=frozenset(k for k, v in data["speech_acts"].items() if v.get("stance")),
        finite=frozenset(k for k, v in data["speech_acts"].items() if v.get("finite")),
        tags=frozenset(k for k, v in data["speech_acts"].items() if v.get("tag")),
        personal=frozenset(k for k, v in data["speech_acts"].items() if v.get("personal")),
        initial_titles=_words(data.get("initial_titles")),
        leader_titles=_phrases(data, "leader_titles", lower=False),
        decider_roles=_words(data.get("decider_roles")),
        deciding_verbs=_words(data.get("deciding_verbs")),
        granting_words=_words(data.get("granting_words")),
        decision_headings=_words(data.get("decision_headings")),
        decision_header_labels={str(k): _words(v) for k, v in (data.get("decision_header_labels") or {}).items()},
        decision_voice_headings=_words(data.get("decision_voice_headings")),
        body_finding_verbs=_words(data.get("body_finding_verbs")),
        position_verbs=_words(data.get("position_verbs")),
        post_nominals=_words(data.get("post_nominals")),
        counterpart_words=_words(data.get("counterpart_words")),
        title_roles={str(k).lower(): str(v).lower() for k, v in (data.get("title_roles") or {}).items()},
        court_pleas=_words(data.get("court_pleas")),
        counsel_acts=_words(data.get("counsel_acts")),
        deferral_verbs=_words(data.get("deferral_verbs")),
        round_up_markers=_words(data.get("round_up_markers")),
        write_up_occasions=_words(data.get("write_up_occasions")),
        agenda_headings=_words(data.get("agenda_headings")),
        publishing_labels=_words(data.get("publishing_labels")),
        exchange_labels=_words(data.get("exchange_labels")),
        court_sides={str(k).lower(): str(v).lower() for k, v in (data.get("court_sides") or {}).items()},
        post_nominal_roles={str(k).lower(): str(v).lower() for k, v in (data.get("post_nominal_roles") or {}).items()},
        venue_nouns=_words(data.get("venue_nouns")),
        speaking_participles=_words(data.get("speaking_participles")),
        relay_participles=_words(data.get("relay_participles")),
        name_particles=_words(data.get("name_particles")),
        generation_markers=_words(data.get("generation_markers")),
        given_name_abbreviations=_words(data.get("given_name_abbreviations")),
        thing_endings=_phrases(data, "thing_endings"),
        divisions=_words(data.get("divisions")),
        local_units={str(k).lower(): str(v).lower() for k, v in (data.get("local_units") or {}).items()},
        generic_bodies=_words(data.get("generic_bodies")),
        role_modifiers=_words(data.get("role_modifiers")),
        undated_adverbs=_words(data.get("undated_adverbs")),
        reported_modals=_words(data.get("reported_modals")),
        expectation_words=_words(data.get("expectation_words")),
        change_verbs=_words(data.get("change_verbs")),
        light_verbs=_words(data.get("light_verbs")),
        support_verbs=_words(data.get("support_verbs")),
        same_acts=tuple(_words(g) for g in data.get("same_acts") or ()),
        state_acts=_words(data.get("state_acts")),
        loose_acts=_words(data.get("loose_acts")),
        figure_nouns=_words(data.get("figure_nouns")),
        money_given_nouns=_words(data.get("money_given_nouns")),
        money_paid_verbs=_words(data.get("money_paid_verbs")),
        time_unknown_markers=_phrases(data, "time_unknown_markers", lower=False),
        not_known_markers=_phrases(data, "not_known_markers", lower=False),
        whether_unknown_markers=_phrases(data, "whether_unknown_markers", lower=False),
        asking_openers=_phrases(data, "asking_openers"),
        asking_wrappers=_phrases(data, "asking_wrappers"),
        asked_otherwise=_lists(data, "asked_otherwise"),
        naming_requests=_phrases(data, "naming_requests"),
        typed_shorthand={k: str(v).lower() for k, v in _table(data, "typed_shorthand").items()},
        regional_words=_lists(data, "regional_words"),
        terse_kinds={k: str(v).lower() for k, v in _table(data, "terse_kinds").items()},
        terse_said=_words(data.get("terse_said")),
        open_verbs=_words(data.get("open_verbs")),
        rising_verbs=_words(data.get("rising_verbs")),
        falling_verbs=_words(data.get("falling_verbs")),
        salutations=_phrases(data, "salutations"),
        event_phrases=_lists(data, "event_phrases"),
        figure_kinds=_phrases(data, "figure_kinds"),
        job_kinds=_lists(data, "job_kinds"),
        text_job_kinds=_lists(data, "text_job_kinds"),
        money_asked=_words(data.get("money_asked")),
        money_nouns=_words(data.get("money_nouns")),
        premises=_words(data.get("premises")),
        change_words=_words(data.get("change_words")),
        currencies=_words(data.get("currencies")),
        currency_signs=_phrases(data, "currency_signs", lower=False),
        disclosure_verbs=_words(data.get("disclosure_verbs")),
        giving_verbs=_words(data.get("giving_verbs")),
        refusal_verbs=_words(data.get("refusal_verbs")),
        opinion_nouns=_words(data.get("opinion_nouns")),
        posted_media=_words(data.get("posted_media")),
        posting_verbs=_words(data.get("posting_verbs")),
        occasion_openers=_words(data.get("occasion_openers")),
        empty_opinion_words=_words(data.get("empty_opinion_words")),
        decision_acts=_words(data.get("decision_acts")),
        contests=_words(data.get("contests")),
        fixture_words=_words(data.get("fixture_words")),
        fixture_ahead_words=_words(data.get("fixture_ahead_words")),
        ending_acts=_words(data.get("ending_acts")),
        denial_verbs=_words(data.get("denial_verbs")),
        belief_verbs=_words(data.get("belief_verbs")),
        forecast_verbs=_words(data.get("forecast_verbs")),
        revision_markers=tuple(data.get("revision_markers") or ()),
        issuer_self_nouns=_words(data.get("issuer_self_nouns")),
        absence_nouns=_words(data.get("absence_nouns")),
        trade_partners=_words(data.get("trade_partners")),
        result_nouns=_words(data.get("result_nouns")),
        demand_verbs=_words(data.get("demand_verbs")),
        reference_figures=_phrases(data, "reference_figures"),
        finding_verbs=_words(data.get("finding_verbs")),
        rule_nouns=_words(data.get("rule_nouns")),
        rule_change_verbs=_words(data.get("rule_change_verbs")),
        earlier_phrases=_phrases(data, "earlier_phrases"),
        later_phrases=_phrases(data, "later_phrases"),
        earlier_asked=_phrases(data, "earlier_asked"),
        sanction_verbs=_phrases(data, "sanction_verbs"),
        later_asked=_phrases(data, "later_asked"),
        unknown_words=_words(data.get("unknown_words")),
        withheld_nouns=_words(data.get("withheld_nouns")),
        ahead_words=_words(data.get("ahead_words")),
        postpone_verbs=_words(data.get("postpone_verbs")),
        correction_markers=_phrases(data, "correction_markers"),
        making_acts=_phrases(data, "making_acts"),
        other_calendar_months=_phrases(data, "other_calendar_months", lower=False),
        studied_only=_phrases(data, "studied_only"),
        pending_verbs=_phrases(data, "pending_verbs"),
        decided_phrases=_phrases(data, "decided_phrases"),
        proposal_nouns=_phrases(data, "proposal_nouns"),
        opposite_acts=_lists(data, "opposite_acts"),
        writer_roles=_words(data.get("writer_roles")),
        own_page_kinds=_words(data.get("own_page_kinds")),
        own_page_labels=_words(data.get("own_page_labels")),
        release_labels=_words(data.get("release_labels")),
        epithets=_words(data.get("epithets")),
        tie_roles=_words(data.get("tie_roles")),
        kin_pairs=tuple((_words(a), _words(b)) for a, b in data.get("kin_pairs", ())),
        nationality_nouns=_words(data.get("nationality_nouns")),
        outlet_words=_words(data.get("outlet_words")),
        gathered_records=_words(data.get("gathered_records")),
        gathering_verbs=_words(data.get("gathering_verbs")),
        clause_acts=_lists(data, "clause_acts"),
        readout_acts=_lists(data, "readout_acts"),
        topic_nouns=_words(data.get("topic_nouns")),
        welcomed_nouns=_words(data.get("welcomed_nouns")),
        sought_nouns=_words(data.get("sought_nouns")),
        deadline_periods=_words(data.get("deadline_periods")),
        body_members=_words(data.get("body_members")),
        court_rulings=_words(data.get("court_rulings")),
        authoring_verbs=_words(data.get("authoring_verbs")),
        authored_documents=_words(data.get("authored_documents")),
        court_ruling_verbs=_words(data.get("court_ruling_verbs")),
        court_matters=_words(data.get("court_matters")),
        hearing_bodies=_words(data.get("hearing_bodies")),
        hearing_acts=_words(data.get("hearing_acts")),
        party_roles={str(k).lower(): str(v).lower() for k, v in (data.get("party_roles") or {}).items()},
        hiring_verbs=_words(data.get("hiring_verbs")),
        briefing_lemmas=_words(data.get("briefing_lemmas")),
        paraphrases=tuple(tuple(str(p).lower() for p in group) for group in data.get("paraphrases", ())),
        sibling_parties=tuple(tuple(str(p).lower() for p in group) for group in data.get("sibling_parties", ())),
        same_things=tuple(tuple(str(p).lower() for p in group) for group in data.get("same_things", ())),
        acts_told_by={str(k).lower(): _words(v) for k, v in (data.get("acts_told_by") or {}).items()},
    )


def noun_asks(word: str) -> str | None:
    """What a noun names: "person" ("resident", "researchers", "organiser"), "organisation"
    ("ministry"), "place", or None. Only a lower-case word ends in a person's suffix ("Tower")."""
    persons, bodies, places, suffixes, not_persons = _noun_words()
    lowercase = word[:1].islower()
    word = re.sub(r"['’]s$|['’]$", "", word.lower())
    if word in persons or word.rstrip("s") in persons:
        return "person"
    if word in bodies or word.rstrip("s") in bodies:
        return "organisation"
    if word in places:
        return "place"
    if lowercase and len(word) > 5 and word.rstrip("s").endswith(suffixes) and word.rstrip("s") not in not_persons:
        return "person"
    return None


@cache
def _noun_words() -> tuple:
    v = vocabulary()
    return v.person_nouns, v.body_nouns, v.place_nouns, v.person_suffixes, v.not_person_words
