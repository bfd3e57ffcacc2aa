"""The article's cast: the people and bodies it names, and what a pronoun or role phrase
("she", "the minister", "the 47-year-old") stands for.

A person is keyed by full name and surname, so "Kühl" finds "Stefan Kühl". What the
article says next to a name is kept with the person: role words ("Mayor Annegret
Hollmann", "Pieter Vandersloot, the mine's chief executive"), age ("Hollmann, 63,"), and
gender (first-name lexicon of `gender-guesser`, a Mr/Ms title, a gendered role word, or a
pronoun already resolved to that person). Resolution picks the nearest compatible mention
before the phrase, grammatical subjects first; when none is compatible it gives None, and
the phrase stays as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from index.statements.english_words import is_english_word
from index.textnorm import normalize
from index.vocabulary import vocabulary

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_AGE = re.compile(r"(\d{1,3})-year-old")


@dataclass
class Person:
    name: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    age: int | None = None
    nations: set[str] = field(default_factory=set)  # "russian", "azerbaijani": seen beside the name
    # the gender is only the first-name lexicon's guess at the name's first word, which may be a
    # family name written first ("Dao Wenkai"): a pronoun may overrule it
    guessed: bool = False


@dataclass(frozen=True)
class Mention:
    pos: int  # absolute offset in the article
    person: Person
    subject: bool
    sentence: int  # running sentence number in the article
    speaker: bool = False  # the subject of a speech act


@cache
def _detector():
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


def _hyphened_office(word: str) -> bool:
    """"Vice-President", "Attorney-General": an office, though "Vice" is also a first name."""
    from index.vocabulary import vocabulary

    v = vocabulary()
    return any(v.is_role(w) or v.is_title(w) for w in (word, *word.split("-")))


def first_name_gender(first: str) -> str | None:
    g = _detector().get_gender(first)
    found = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(g)
    if found is None and first.count("-") == 1 and g == "unknown" and not _hyphened_office(first):
        # a double first name the lexicon lacks ("Karl-Heinz", "Eva-Maria"): its first part's
        return first_name_gender(first.split("-")[0])
    return found


# the middle names that mark a Vietnamese name, written family name first ("Pham Thi Lan", "Vu Van Khanh")
_VIETNAMESE_MIDDLE = {"thi", "van"}


def fold_marks(word: str) -> str:
    """The word without its diacritics ("Thị" -> "Thi")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# the last word of a place's name, never of a person's
PLACE_ENDS = {"city", "town", "province", "county", "district", "island", "islands", "valley", "bay", "street",
               "road", "avenue", "square", "airport", "station", "bridge", "harbour", "harbor", "port",
               "way", "drive", "boulevard", "highway", "crescent", "terrace"}
# a street named after a person: "Julius Nyerere Way", "at Herbert Chitepo and Robert Mugabe roads"
_STREET_AFTER = re.compile(r"\s*(?:and\s+(?:[A-Z][\w'’.-]*\s+){1,3})?(?:(?:Road|Street|Avenue|Way|Drive|Boulevard|Highway|Crescent|Terrace)\b"
                           r"|(?:[Rr]oads|[Ss]treets|[Aa]venues|[Dd]rives|[Bb]oulevards|[Hh]ighways)\b)")


def names_a_street(text: str, end: int) -> bool:
    """The name ending at `end` is a street's ("Julius Nyerere Way", "Robert Mugabe and Herbert
    Chitepo roads"): a place, never a speaker."""
    return _STREET_AFTER.match(text, end) is not None
# words a phone-in caller or guest opens with, that NER glues to the name they greet
_GREETINGS = {"morning", "evening", "afternoon", "hello", "hi", "hiya", "hey", "howya", "thanks", "cheers", "welcome"}


def clean_name(words: list[str]) -> list[str]:
    """A name without the titles, role words or organisation words NER glued to it."""
    v = vocabulary()
    for i in range(len(words) - 1, -1, -1):  # "Minister of Water Resources and Irrigation X Y": after the last joiner
        if words[i].lower() in ("of", "and", "for", "at", "the", "&"):
            words = words[i + 1:]
            break
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    while len(words) > 2 and words[-1].isupper() and words[-1].lower().strip(".,") in v.post_nominals:
        words = words[:-1]  # "Sarah Lowe KC": the letters after a name
    if len(words) > 2:  # 'Dale "Dusty" Kerr': the nickname is no part of the name
        words = [w for w in words if not (len(w) > 2 and w[0] in '"“‘\'' and w[-1] in '"”’\'')] or words
    while len(words) > 1 and words[0].lower() in _GREETINGS:  # "Morning Gráinne": a caller's hello, not a name
        words = words[1:]
    # (a job that is also a first name, before one word, is the first name: "Dean Holloway";
    # "Prince Faisal" is still found as Faisal when the article named him in full, by `Cast.person`)
    titled_initial = courtesy_initial(words)
    if titled_initial:
        return titled_initial
    while words and (v.is_title(words[0]) or _initial_title(words) or (v.is_role(words[0]) and not _given_name(words)) or not words[0][:1].isupper()
                     or words[0].lower() in ("his", "her", "their", "your")  # "His Excellency X"
                     or words[0].lower() in v.organisations
                     or (words[0].lower() in v.role_modifiers and len(words) > 1  # "Vice Premier X"
                         and (v.is_role(words[1]) or v.is_title(words[1])))):
        words = words[1:]
    # "Health MEC Nokuthula Dube", "Department spokesperson Sipho Nkosi": a job after a word that
    # qualifies it, then the name; the name is what follows the last job word
    jobs = [i for i, w in enumerate(words[:-2]) if i and v.is_role(w.lower()) and all(x[:1].isupper() for x in words[i + 1:])]
    if jobs:
        words = words[jobs[-1] + 1:]
        while len(words) > 1 and v.is_title(words[0]):  # "Regional Secretary Cde X Y": the title after the job
            words = words[1:]
    # the last three words, not counting particles ("Willem van der Berg"); four when the first of
    # them is a first name ("María Fernanda López García", "Faisal bin Turki Al Rashid")
    named = [i for i, w in enumerate(words) if w.lower() not in v.name_particles and w.lower() not in v.generation_markers]
    keep = 4 if len(named) >= 4 and first_name_gender(words[named[-4]]) else 3
    if len(named) > keep:
        words = words[named[-keep]:]
    if len(words) == 3 and first_name_gender(words[0]) is None and first_name_gender(words[1]) is not None \
            and words[1].lower() not in v.name_particles \
            and fold_marks(words[1]).lower() not in _VIETNAMESE_MIDDLE \
            and fold_marks(words[0]) == words[0] \
            and (is_english_word(words[0]) or not words[0].isalpha() or words[0].isupper()):  # ("Rosauro Dela Paz": a surname's particle)  # ("Pham Thi Lan": family name first)
        # "Irrigation Daulet Kuspanov": a capitalised word before the first name; a word with a
        # diacritic ("Hēmi Mary Tautoko", "Ngā Awa Energy") is of the name, no English word glued to it,
        # and so is a word no English dictionary knows ("Yohanes Bria Seran": a given name the lexicon lacks)
        words = words[1:]
    return words


_INITIAL = re.compile(r"[A-Z]\.?")


def courtesy_initial(words: list[str]) -> list[str] | None:
    """["Mrs", "H"] of a name an anonymised text gives as a title and an initial ("Mrs H", "Mr H",
    "Dr K"): the title is kept, for it alone tells a mother "Mrs H" from her son "Mr H"; else None."""
    v = vocabulary()
    words = [w for w in words if w]
    while len(words) > 2 and not v.is_title(words[0]):
        words = words[1:]  # "complainant Mrs H", "her son Mr H": the words before the title
    if len(words) == 2 and v.is_title(words[0]) and _INITIAL.fullmatch(words[1]):
        return [words[0].rstrip(".") if words[0].endswith(".") and v.is_title(words[0].rstrip(".")) else words[0], words[1].rstrip(".")]
    return None


def _initial_title(words: list[str]) -> bool:
    """"M. Yannick Quéré": a title that is also an initial is the title only before a known given
    name and a surname ("M. Karunavel", "M. Kavin" keep their initial)."""
    return len(words) >= 3 and words[0].lower() in vocabulary().initial_titles \
        and first_name_gender(words[1]) is not None and words[2][:1].isupper()


def _given_name(words: list[str]) -> bool:
    return len(words) == 2 and words[0][:1].isupper() and first_name_gender(words[0]) is not None


class Cast:
    """People named in one article, with their mentions in text order."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        self._by_part: dict[str, Person | None] = {}  # None: a word of several people's names
        # the last half of a double-barrelled surname ("Hale" of "Ann Byrne-Hale"): her, when no one
        # is named by that whole surname; None when it ends several people's surnames
        self._by_half: dict[str, Person | None] = {}
        self.pronoun_sentences: dict[str, set[int]] = {}  # gender -> sentences narrating a he / she
        self.paragraph_starts: list[int] = []  # where each parsed paragraph starts, in text order
        self.mentions: list[Mention] = []
        self.addressed: list[tuple[int, int]] = []  # where the names of people the writer spoke to are written
        self._holders: dict[str, list[Person]] = {}  # a word of several words' names -> the people with it

    def holders(self, word: str) -> list[Person]:
        """The people of names of two words or more that hold `word` (an index, not a pass over everyone)."""
        key = normalize(word)
        return [p for p in self._holders.get(key, ()) if key in {normalize(w) for w in p.name.split()}]

    def _hold(self, person: Person) -> None:
        words = person.name.split()
        if len(words) > 1:
            for w in words:
                found = self._holders.setdefault(normalize(w), [])
                if not any(p is person for p in found):
                    found.append(person)

    def person(self, words: list[str]) -> Person | None:
        """The person a (cleaned) name names, added when new: "Kühl" after "Stefan Kühl" is him."""
        if not words or (len(words) > 1 and words[-1].lower() in PLACE_ENDS):
            return None  # "Ho Chi Minh City", "Port Louis Harbour": a place that opens like a name
        full = normalize(" ".join(words))
        last = normalize(words[-1])
        if courtesy_initial(words) == words:  # "Mrs H": one person, and "Mr H" another; "H" alone neither
            hit = self._by_key.get(full)
            if hit is None:
                hit = Person(" ".join(words))
                self.people.append(hit)
                hit.gender = vocabulary().title_gender(words[0].rstrip(".")) or vocabulary().title_gender(words[0])
                self._by_key[full] = hit
            return hit
        hit = self._by_key.get(full) or ((self._by_key.get(last) or self._by_part.get(last) or self._by_half.get(last))
                                         if len(words) == 1 else None)
        if hit is None and _given_name(words) and vocabulary().is_role(words[0]):
            hit = self._by_key.get(last) or self._by_part.get(last)  # "Prince Faisal" of "Faisal bin Turki"
            if hit is not None:
                return hit
        if hit is None and len(words) > 1:
            hit = self._by_key.get(last)
            if hit is not None and len(hit.name.split()) > 1 and normalize(hit.name) != full \
                    and not normalize(hit.name).endswith(" " + full):  # "Figueiredo Lins" of "Renata Figueiredo Lins"
                first_hit, first_new = normalize(hit.name.split()[0]), normalize(words[0])
                if first_hit != first_new and not first_hit.startswith(first_new.rstrip(".")):
                    hit = None  # another person of the same surname
        if hit is None:
            hit = Person(" ".join(words))
            self.people.append(hit)
            hit.gender = first_name_gender(words[0]) if len(words) > 1 else None
            hit.guessed = hit.gender is not None
        elif len(words) > len(hit.name.split()):
            if hit.guessed and normalize(words[0]) != normalize(hit.name.split()[0]):
                hit.gender = None  # (the guess was at a word that turns out not to be the first name)
            hit.name = " ".join(words)  # the fuller spelling
            hit.gender = hit.gender or first_name_gender(words[0])
            hit.guessed = hit.guessed and hit.gender is not None
        self._by_key.setdefault(full, hit)
        self._by_key.setdefault(last, hit)
        self._hold(hit)
        # a lone word of the name that is not its last: a family name written first ("Mr Wang" of
        # "Wang Liqun"), the first of two surnames ("Ms López" of "María Fernanda López García"),
        # a given name used alone ("Prince Faisal"); only while one person alone has it
        for w in hit.name.split()[:-1]:
            k = normalize(w)
            if w[:1].isupper() and w.lower() not in vocabulary().name_particles and w.lower() not in vocabulary().generation_markers:
                self._by_part[k] = hit if self._by_part.get(k, hit) is hit else None
        halves = re.split(r"[\-‐]", hit.name.split()[-1])
        if len(hit.name.split()) > 1 and len(halves) > 1 and halves[-1][:1].isupper():
            k = normalize(halves[-1])
            self._by_half[k] = hit if self._by_half.get(k, hit) is hit else None
        marked = [i for i, w in enumerate(hit.name.split()) if i and w.lower() in vocabulary().generation_markers]
        if marked and len(hit.name.split()) > marked[0] + 1:  # "Cathal Óg" of "Cathal Óg Ó Treasaigh": the son, not his father
            self._by_key.setdefault(normalize(" ".join(hit.name.split()[:marked[0] + 1])), hit)
        for i, w in enumerate(words[1:], 1):  # "Badr bin Hamad" is "Badr" later: the name before "bin"
            if w.lower() in ("bin", "bint", "ibn") and i == 1:
                self._by_key.setdefault(normalize(words[0]), hit)
        return hit

    def also(self, words: list[str], person: Person) -> None:
        """`words` name `person` too: the cut spelling of a name read whole ("Chan Ho" of "Chan Ho-kit")."""
        if len(words) > 1:
            self._by_key.setdefault(normalize(" ".join(words)), person)

    def nickname(self, word: str, person: Person) -> None:
        """`word`, written in quotes inside `person`'s name, names them alone later."""
        if word[:1].isupper():
            self._by_key.setdefault(normalize(word), person)

    def known(self, word: str) -> Person | None:
        key = normalize(word)
        return self._by_key.get(key) or ((self._by_part.get(key) or self._by_half.get(key)) if " " not in key else None)

    def mention(self, pos: int, person: Person, subject: bool, sentence: int) -> None:
        self.mentions.append(Mention(pos, person, subject, sentence))

    def antecedent(self, pos: int, sentence: int, gender: str | None = None, role: str | None = None,
                   age: int | None = None, nations: set[str] = frozenset(), far: bool = False) -> Person | None:
        """The nearest person mentioned before `pos` that fits: same role (and nationality, when
        the phrase names one) or age when one is asked for; gender not contradicting;
        subjects of the last few sentences first. With `far` (a plain "the minister"), a role
        nobody holds in the last few sentences is the one person given it further back."""
        before = self._recent(pos, sentence - 6)
        if role is not None or age is not None:
            # "the Kazakh minister" after the host minister (no nation given) was the last named:
            # the minister of that nation, when one is near, before any minister of none
            strict = [m.person for m in before if nations and role is not None and _same_role(role, m.person.roles)
                      and _same_nation(nations, m.person.nations, strict=True)]
            if strict:
                return strict[0]
            # ("the director" is the person given that job before one whose job holds the word,
            # a "managing director")
            exact = next((m.person for m in before if role is not None and _plainly(role, m.person.roles)
                          and _same_nation(nations, m.person.nations, strict=False)), None) if role and age is None else None
            if exact is not None:
                return exact
            for m in before:
                p = m.person
                if age is not None and p.age == age:
                    return p
                if role is not None and _same_role(role, p.roles) and _same_nation(nations, p.nations, strict=False):
                    if not _plainly(role, p.roles) and far and (holder := self._exact_holder(pos, role)) is not None:
                        return holder  # "the director" of the film, named further back, not the near managing director
                    return p
            if nations:  # "Russia's top diplomat": the nearest person of that nationality
                for m in before:
                    if _same_nation(nations, m.person.nations, strict=True):
                        return m.person
            if role is not None and far:  # named with the title further back: the one person who holds it
                holder = self._sole_holder(pos, role, nations, sentence - 12) or self._only_holder(pos, role, nations)
                if holder is not None:
                    return holder
            if age is None:
                return None  # a role nobody in the article was given: leave it as written
            gender = None
            # an age no one was given: the person quoted or named in the text, not one of a
            # scorers' or line-up line's names (a paragraph that names three people or more)
            before = [m for m in before if not self._in_roll(m.pos)] or before

        def fits(p: Person) -> bool:
            return gender is None or p.gender is None or p.gender == gender

        spoke = {m.sentence for m in before if m.speaker}
        newest_speaker = next((m.pos for m in before if m.speaker), -1)
        bridged = gender is not None and sentence - 1 in self.pronoun_sentences.get(gender, ())

        def newly_named(m: Mention) -> bool:
            """"Rory Kerr walks me down to the harbour. I ask whether he will stay. 'Probably not,' he
            says.": a person of the pronoun's gender made the subject after the last speaker, the
            sentence between going on about him (its own he) and naming no one, is who it means. Without
            that bridge ("The union has called a strike."), or in another paragraph than the quote,
            the earlier speaker keeps it."""
            return (bridged and m.subject and sentence - m.sentence == 2 and m.sentence not in spoke
                    and m.pos > newest_speaker and m.person.gender == gender
                    and not any(x.sentence > m.sentence for x in before) and self._same_paragraph(m.pos, pos))

        # the subject of the sentence just before, unless that sentence reports someone's words
        # ("In his speech, Brandt left the dispute out ... Instead, he thanked")
        # the subject of the pronoun's own sentence, of the pronoun's gender ("Ortega-Lind became
        # a surveyor because, she later said, ..."), before one who spoke earlier
        for pick in (lambda m: m.subject and m.sentence == sentence and gender is not None and m.person.gender == gender,
                     lambda m: m.subject and sentence - m.sentence == 1 and m.sentence not in spoke,
                     newly_named,
                     # "I spoke to the reporter, X, who ... He told me": the one the writer went to
                     lambda m: sentence - m.sentence == 1 and gender is not None and self._addressed(m.pos),
                     lambda m: m.speaker and sentence - m.sentence <= 3, lambda m: m.subject,
                     lambda m: sentence - m.sentence <= 1,
                     # "Our reporter spoke to Paula X, who runs a bakery. [quote] she said": the one
                     # person of that gender named in the last few sentences, subject or not
                     lambda m: gender is not None and m.person.gender == gender):
            for m in before:
                if pick(m) and fits(m.person):
                    return m.person
        # '"...," said Dao Wenkai, head of the bureau. He noted ...': the speaker of the sentence just
        # before, in the same paragraph, whose gender is only the lexicon's guess, when no one of the
        # pronoun's gender is named in the last few sentences
        last = before[0] if before else None
        if last is not None and not last.speaker:  # ("X, of St Ann, said": her later mentions and a place's are no one new)
            last = next((m for m in before if m.speaker and all(
                o.person is m.person or (o.person.gender is None and not o.speaker) for o in before[:before.index(m)])), last)
        # (or two sentences on, the cue closing a two-sentence quote: '"... . ...," she said')
        if gender is not None and last is not None and last.speaker and last.person.guessed and 1 <= sentence - last.sentence <= 2 \
                and self._same_paragraph(last.pos, pos) and not any(m.person.gender == gender for m in before):
            return last.person
        return None

    def _addressed(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.addressed)

    def _in_roll(self, pos: int) -> bool:
        """`pos` is in a paragraph that names three people or more ("Scorers: ...", a line-up)."""
        starts = self.paragraph_starts
        k = bisect.bisect_right(starts, pos)
        if not k:
            return False
        lo, hi = starts[k - 1], starts[k] if k < len(starts) else float("inf")
        i = bisect.bisect_left(self.mentions, lo, key=lambda m: m.pos)
        people = set()
        while i < len(self.mentions) and self.mentions[i].pos < hi and len(people) < 3:
            people.add(id(self.mentions[i].person))
            i += 1
        return len(people) >= 3

    def _same_paragraph(self, a: int, b: int) -> bool:
        starts = self.paragraph_starts
        return bool(starts) and bisect.bisect_right(starts, a) == bisect.bisect_right(starts, b)

    def _sole_holder(self, pos: int, role: str, nations: set[str], first: int) -> Person | None:
        """The one person named before `pos`, from sentence `first` on, who holds `role` ("The
        minister said", paragraphs after "Finance Minister X" was introduced); None when none
        or several do. (Twice the window of the nearest mention: further back, a title more
        often names someone the article never named.)"""
        group = vocabulary().role_group(role)
        # the job itself, one of its names, or a job it heads ("the minister": "finance minister")
        holds = lambda roles: any(r == role or r in group or r.split()[-1] == role for r in roles)  # noqa: E731
        holders = {id(m.person): m.person for m in self.mentions[: bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)]
                   if m.sentence >= first and holds(m.person.roles) and _same_nation(nations, m.person.nations, strict=False)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _only_holder(self, pos: int, role: str, nations: set[str]) -> Person | None:
        """The one person named anywhere before `pos` with exactly the job `role` ("Board chair X"
        at the top, "The chair said" near the end), while no one else named holds that job or a longer
        one ending in it ("vice chair"): a title so plainly one person's reaches the whole article."""
        before = self.mentions[: bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)]
        rivals = {id(m.person) for m in before if any(r == role or r.split()[-1] == role for r in m.person.roles)}
        holders = {id(m.person): m.person for m in before
                   if role in m.person.roles and _same_nation(nations, m.person.nations, strict=False)}
        return next(iter(holders.values())) if len(holders) == 1 and set(holders) == rivals else None

    def _exact_holder(self, pos: int, role: str) -> Person | None:
        """The one person named before `pos` given exactly the job `role`; None when none or several are."""
        holders = {id(m.person): m.person for m in self.mentions[: bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)]
                   if _plainly(role, m.person.roles)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def last_of(self, pos: int, people: list[Person], reach: int = 400) -> Person | None:
        """Which of `people` was mentioned last before `pos`, looking back `reach` mentions at most."""
        i = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos) - 1
        stop = max(-1, i - reach)
        while i > stop:
            m = self.mentions[i]
            if any(m.person is p for p in people):
                return m.person
            i -= 1
        return None

    def _recent(self, pos: int, first_sentence: int) -> list[Mention]:
        """Mentions before `pos` from sentence `first_sentence` on, nearest first. Mentions are
        kept in text order and sentence numbers grow with it, so this reads only the last few
        (a scan of every mention per pronoun made a long article's extraction quadratic)."""
        out = []
        for i in range(bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos) - 1, -1, -1):
            if self.mentions[i].sentence < first_sentence:
                break
            out.append(self.mentions[i])
        return out

    def learn_gender(self, person: Person, gender: str | None) -> None:
        if gender in ("male", "female") and (person.gender is None or person.guessed):
            person.gender, person.guessed = gender, False


def _plainly(role: str, roles: set[str]) -> bool:
    """Whether `role` is one of `roles` by itself, not only the last word of a longer job held
    ("director" of a "managing director", "producer" of an "executive producer")."""
    return role in roles and not any(r != role and role in r.split() for r in roles)


def _same_role(role: str, roles: set[str]) -> bool:
    group = vocabulary().role_group(role)
    # "the official" after "the minister, X": one way only, and only an office a wire calls so;
    # the answerers' wider `job_kinds` ("chief", "head") would make an unnamed official a named chief
    kinds = vocabulary().text_job_kinds.get(role, ())
    return any(role == r or role in r.split() or r in group or r in kinds for r in roles)


def _same_nation(asked: set[str], known: set[str], strict: bool) -> bool:
    """"Kazakhstan's" fits "Kazakh" (one country for both, by world knowledge); no nation on
    either side fits unless strict."""
    if not asked or not known:
        return not strict
    from index.world import country_for

    return bool({country_for(w) or w for w in asked} & {country_for(w) or w for w in known})


def age_of(text: str) -> int | None:
    m = _AGE.search(text)
    return int(m.group(1)) if m else None
