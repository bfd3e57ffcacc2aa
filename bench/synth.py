"""Deterministic synthetic news corpora, made from the seed articles' sentences.

Article i depends only on (seed, i): the corpus of 1,000 is the first 1,000 of the corpus of
10,000. Each article takes 3-5 paragraphs of 1-3 consecutive seed sentences and renames
consistently, per article, every person, country, region, city, date and weekday, so that
thousands of articles share sentence shapes and only names, places and dates tell them
apart: retrieval has to get those right.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PEOPLE = [  # (full name, surname) as the seeds write them; longest first when matching
    ("Nikol Pashinyan", "Pashinyan"), ("Vladimir Putin", "Putin"), ("Sergey Lavrov", "Lavrov"),
    ("Jeyhun Bayramov", "Bayramov"), ("Jeyhum Bayramov", "Bayramov"), ("Ilham Aliyev", "Aliyev"),
    ("Dmitry Peskov", "Peskov"), ("Ararat Mirzoyan", "Mirzoyan"), ("Karen Donfried", "Donfried"),
    ("Armen Grigorian", "Grigorian"), ("Hikmet Hajiyev", "Hajiyev"), ("Jake Sullivan", "Sullivan"),
]
COUNTRIES = [("Armenia", "Armenian"), ("Azerbaijan", "Azerbaijani"), ("Russia", "Russian")]
REGIONS = ["Nagorno-Karabakh", "Karabakh", "Artsakh"]
CORRIDOR = "Lachin"
CITIES = ["St. Petersburg", "Stepanakert", "Washington", "Yerevan", "Bishkek", "Moscow", "Baku"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hamid", "Irina", "Jonas", "Karim",
          "Lena", "Marek", "Nadia", "Oleg", "Petra", "Rustam", "Sofia", "Tariq", "Ulla", "Viktor", "Wanda",
          "Yusuf", "Zara", "Aram", "Bilal", "Chiara", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jana",
          "Kemal", "Lina", "Milan", "Nora", "Omar", "Pavel", "Rosa", "Samir", "Tomas", "Vera", "Leyla", "Rafael"]
_SYL = ["ka", "lo", "mir", "sen", "dra", "vel", "tos", "ban", "rin", "zo", "gar", "pel", "nu", "shi", "ter",
        "vak", "lem", "dor", "ris", "hal", "kon", "bel", "sar", "tun", "mel", "gor", "fen", "lis", "dan", "ved"]
_SURNAME_END = ["yan", "ov", "ev", "ic", "son", "ini", "escu", "berg", "ski", "ani"]
_OUTLETS = ["Caucasus Wire", "Harbor Times", "Daily Ledger", "North Gazette", "Steppe Review", "Mountain Post",
            "Regional Courier", "Evening Dispatch", None]


def _name(rng: random.Random, n_syl: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(n_syl)).capitalize()


@dataclass
class SynthArticle:
    name: str  # file name, also whosaid's article id
    text: str  # the file's content, front matter included
    people: list[tuple[str, str]] = field(default_factory=list)  # (full name, surname) mentioned
    places: list[str] = field(default_factory=list)  # regions, corridors and cities mentioned
    sentences: list[str] = field(default_factory=list)  # body sentences, renamed


@lru_cache(maxsize=1)
def seed_paragraphs() -> list[list[str]]:
    """Body paragraphs of the seeds, each as its sentences (boilerplate left out)."""
    from index.articles import load_article, load_manifest
    from index.chunking import sentence_spans

    manifest = load_manifest(SEEDS)
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        article = load_article(path, path.name, manifest.get(path.name))
        for para in article.paragraphs:
            text = article.slice(para)
            sentences = [text[s.start - para.start : s.end - para.start] for s in sentence_spans(text, para.start)]
            sentences = [s for s in sentences if len(s.split()) >= 5]
            if sentences:
                out.append(sentences)
    return out


def _pattern() -> re.Pattern:
    words = [p[0] for p in PEOPLE] + sorted({p[1] for p in PEOPLE}, key=len, reverse=True)
    words += [c for pair in COUNTRIES for c in pair] + REGIONS + CITIES + [CORRIDOR] + WEEKDAYS
    alternatives = sorted(set(words), key=len, reverse=True)
    month_day = r"(?:" + "|".join(MONTHS) + r")\s+\d{1,2}\b"
    return re.compile(r"\b(?:" + month_day + "|" + "|".join(re.escape(w) for w in alternatives) + r")\b")


_PATTERN = _pattern()


class _Renamer:
    """One article's consistent renaming of seed entities."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people: dict[str, tuple[str, str]] = {}
        self.countries: dict[str, tuple[str, str]] = {}
        self.places: dict[str, str] = {}
        self.weekdays: dict[str, str] = {}

    def person(self, surname: str) -> tuple[str, str]:
        if surname not in self.people:
            last = _name(self.rng, self.rng.randint(1, 2)) + self.rng.choice(_SURNAME_END)
            self.people[surname] = (f"{self.rng.choice(_FIRST)} {last}", last)
        return self.people[surname]

    def country(self, name: str) -> tuple[str, str]:
        if name not in self.countries:
            stem = _name(self.rng, 2)
            self.countries[name] = (stem + "ia", stem + "ian")
        return self.countries[name]

    def place(self, name: str) -> str:
        if name not in self.places:
            self.places[name] = _name(self.rng, self.rng.randint(2, 3))
        return self.places[name]

    def __call__(self, m: re.Match) -> str:
        word = m.group(0)
        for full, surname in PEOPLE:
            if word == full:
                return self.person(surname)[0]
            if word == surname:
                return self.person(surname)[1]
        for country, adjective in COUNTRIES:
            if word == country:
                return self.country(country)[0]
            if word == adjective:
                return self.country(country)[1]
        if word in REGIONS or word in CITIES or word == CORRIDOR:
            return self.place(word)
        if word in WEEKDAYS:
            return self.weekdays.setdefault(word, self.rng.choice(WEEKDAYS))
        return f"{self.rng.choice(MONTHS)} {self.rng.randint(1, 28)}"  # a month and day


def make_article(i: int, seed: int = 7) -> SynthArticle:
    rng = random.Random(f"whosaid-bench-{seed}-{i}")
    pool = seed_paragraphs()
    rename = _Renamer(rng)
    paragraphs, sentences = [], []
    for _ in range(rng.randint(3, 5)):
        para = rng.choice(pool)
        start = rng.randrange(len(para))
        picked = [_PATTERN.sub(rename, s) for s in para[start : start + rng.randint(1, 3)]]
        paragraphs.append(" ".join(picked))
        sentences.extend(picked)
    published = date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
    people = list(rename.people.values())
    countries = [c[0] for c in rename.countries.values()] or [rename.country("Armenia")[0]]
    lead = people[0][1] if people else countries[0]
    title = f"{lead}: {countries[0]} and the {' '.join(sentences[0].split()[:4]).strip(',.“”')}"
    outlet = rng.choice(_OUTLETS)
    front = ["---", f"title: {_yaml_str(title)}", f"published: {published.isoformat()}"]
    if outlet:
        front.append(f"outlet: {outlet}")
    front.append("---")
    text = "\n".join(front) + "\n" + "\n\n".join(paragraphs) + "\n"
    return SynthArticle(f"{i:06d}.txt", text, people, list(rename.places.values()), sentences)


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[SynthArticle]:
    """Write articles 0..n-1 into `folder` (files already there and identical are kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        article = make_article(i, seed)
        path = folder / article.name
        if not path.exists() or path.read_text(encoding="utf-8") != article.text:
            path.write_text(article.text, encoding="utf-8")
        out.append(article)
    return out


_SAID = re.compile(r"\b(said|told|urged|denied|claimed|warned|insisted|emphasized|pledged|added|noted)\b")


def questions(n_articles: int, count: int = 20, seed: int = 7, start: int = 0) -> list[dict]:
    """A fixed set of questions, each about one article spread across the corpus, with its answer's source.

    Sets with different `start` ask about different articles: the bench's sets of new questions."""
    out = []
    for k in range(start, start + count):
        i = (k * 7919 + 13) % n_articles
        article = make_article(i, seed)
        rng = random.Random(f"question-{seed}-{k}")
        said = [s for s in article.sentences if _SAID.search(s)]
        if k % 2 == 0 and article.people:
            full, _ = rng.choice(article.people)
            topic = rng.choice(article.places) if article.places else "the talks"
            q = f"What did {full} say about {topic}?"
        else:
            sentence = rng.choice(said or article.sentences)
            words = re.sub(r"[“”\"]", "", sentence).split()
            q = "Who said that " + " ".join(words[:14]).rstrip(",.;:") + "?"
        out.append({"question": q, "article": article.name})
    return out
