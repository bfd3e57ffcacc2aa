"""The extractive answerer: cited sentences that really are in the passages, or abstention."""

import re

import pytest

from index.errors import QuestionError
from index.textnorm import normalize

ANSWERABLE = [
    "Who said that no checkpoint is envisioned on the Lachin corridor?",
    "In which city did Putin and Pashinyan hold talks on the sidelines of the Eurasian Economic Union summit?",
    "How many people live in the region that lacks food, medicine and fuel?",
    "What did Lavrov say about the European Union mission?",
    "When did the blockade of the Lachin Corridor begin?",
    "What did Pashinyan say the Armenian government expected from Russia?",
]
UNANSWERABLE = [
    "What did Emmanuel Macron say about the blockade?",
    "How many trucks of humanitarian aid crossed the corridor in January?",
    "What did Lavrov say about the weather in Baku?",
    "What did Angela Merkel think of the peace treaty?",
]


@pytest.mark.parametrize("question", ANSWERABLE)
def test_every_citation_points_at_a_retrieved_passage_containing_the_sentence(whosaid_app, question):
    answer = whosaid_app.answer(question)
    assert not answer.abstained, answer.text
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
    assert markers and sorted(set(markers)) == [c.n for c in answer.citations]
    retrieved = {sc.chunk.id: sc.chunk for sc in answer.retrieved}
    for c in answer.citations:
        article = whosaid_app.article(c.article_id)
        assert article.text[c.start : c.end] == c.text
        if answer.path == "ledger":
            # Ledger answers restate the statement: its words must come from the cited span.
            assert _support(_sentence_citing(answer.text, c.n), c.text) >= 0.6
        else:
            chunk = retrieved[c.chunk_id]
            assert chunk.start <= c.start and c.end <= chunk.end
            assert normalize(c.text) in normalize(answer.text)
        assert c.paragraph is not None


def _sentence_citing(text: str, n: int) -> str:
    for line in re.split(r"(?<=\])\s+", text.strip()):
        if f"[{n}]" in line:
            return line.split(":", 1)[-1] if re.match(r"^[^“\"]{0,80}\(\d", line) else line
    raise AssertionError(f"no sentence cites [{n}]")


def _support(sentence: str, passage: str) -> float:
    stop = {"the", "a", "an", "of", "to", "in", "on", "and", "that", "said", "say", "he", "she", "it", "was", "is"}
    words = [w for w in re.findall(r"[a-z]{3,}", normalize(sentence)) if w not in stop]
    passage_words = set(re.findall(r"[a-z]{3,}", normalize(passage)))
    months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday"}
    words = [w for w in words if w not in months]
    return sum(w in passage_words for w in words) / max(len(words), 1)


@pytest.mark.parametrize("question", ANSWERABLE)
def test_every_answer_sentence_ends_in_a_citation(whosaid_app, question):
    answer = whosaid_app.answer(question)
    for line in re.split(r"(?<=\])\s+", answer.text.strip()):
        assert re.search(r"\[\d+\]$", line), line


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_questions_the_articles_do_not_answer_get_an_abstention(whosaid_app, question):
    answer = whosaid_app.answer(question)
    assert answer.abstained, answer.text
    assert answer.citations == []
    assert "do not answer" in answer.text
    assert answer.related, "abstentions still show the closest passages"


def test_the_speaker_of_a_quote_is_named(whosaid_app):
    answer = whosaid_app.answer("Who said that no checkpoint is envisioned on the Lachin corridor?")
    assert "Lavrov" in answer.text
    assert "003_3362ed2f4686983c.txt" in {c.article_id for c in answer.citations}


@pytest.mark.parametrize("question", ["", "   ", "\u200b\u200b", "?!?!", "\x00\x01"])
def test_empty_questions_get_a_clear_error(whosaid_app, question):
    with pytest.raises(QuestionError, match="(?i)question|words"):
        whosaid_app.answer(question)


def test_overlong_question_is_refused_with_the_limit_named(whosaid_app):
    with pytest.raises(QuestionError, match=str(whosaid_app.settings.answering.max_question_chars)):
        whosaid_app.answer("Lavrov " * 2000)


@pytest.mark.parametrize("question", ["Что сказал Лавров?", "Lavrov 🙂 checkpoints?", "ＬＡＶＲＯＶ　ｃｈｅｃｋｐｏｉｎｔ", "Lavrov\u0301 said?"])
def test_odd_unicode_questions_get_an_answer_or_an_abstention(whosaid_app, question):
    answer = whosaid_app.answer(question)
    assert answer.text
    assert answer.abstained or answer.citations


def test_a_reply_in_the_next_sentence_is_shown_with_its_own_citation(fresh_app, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "river.txt").write_text(
        "The Ruritanian interior ministry accused Borduria of diverting the Vltava river for irrigation.\n"
        "Bordurian officials flatly denied that.\n"
        "The dispute began in the spring.\n",
        encoding="utf-8",
    )
    fresh_app.ingest([folder])
    answer = fresh_app.answer("How did Borduria respond to the accusation of diverting the river?")
    assert not answer.abstained
    assert "denied that" in answer.text
    texts = [c.text for c in answer.citations]
    assert "Bordurian officials flatly denied that." in texts


def test_a_time_filter_rules_out_statements_dated_outside_it(whosaid_app):
    # Peskov's statements in the articles are all from 29 December 2022, after the blockade began.
    answer = whosaid_app.answer("What did Peskov say before the blockade began?")
    assert answer.abstained or all(c.article_id != "004_6cec359ea448f784.txt" for c in answer.citations)


def test_an_acronym_the_articles_spell_with_dots_is_not_an_unknown_name(whosaid_app):
    answer = whosaid_app.answer("Which US official did Bayramov complain to?")
    assert not answer.abstained
    assert "Donfried" in answer.text


def test_a_meeting_place_named_with_its_own_date_gets_that_date(whosaid_app):
    # 001: they met in Bishkek on Friday (9 December); "They previously met in Yerevan on November 23."
    answer = whosaid_app.answer("When did Putin and Pashinyan meet in Yerevan?")
    assert "November 23" in answer.text
    assert "9 December 2022) in Yerevan" not in answer.text
