"""Question files: any file in FORMAT.md's format loads; a bad one is named line by line."""

import json
from pathlib import Path

import pytest

from bot.evaluation.questions import QuestionFileError, load_questions, parse_questions

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOOD = {"id": "x01", "question": "Who said it?", "answerable": True, "expected": [["Lavrov"]],
        "sources": ["003_3362ed2f4686983c.txt"], "speaker": None, "date": "2023-02-28", "kind": "who"}


def line(**changes) -> str:
    record = {**GOOD, **changes}
    return json.dumps({k: v for k, v in record.items() if v is not ...})


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(QuestionFileError) as info:
        parse_questions(text)
    return info.value.problems


def test_good_line_loads():
    [q] = parse_questions(line())
    assert (q.id, q.expected, q.sources) == ("x01", (("Lavrov",),), ("003_3362ed2f4686983c.txt",))


def test_unknown_fields_are_ignored():
    [q] = parse_questions(line(difficulty="hard", notes={"a": 1}))
    assert q.id == "x01"


def test_blank_lines_are_skipped():
    assert len(parse_questions("\n" + line() + "\n\n" + line(id="x02") + "\n")) == 2


def test_optional_fields_may_be_absent():
    [q] = parse_questions(line(speaker=..., date=...))
    assert q.speaker is None and q.date is None and q.context == ()


def test_context_becomes_earlier_turns():
    [q] = parse_questions(line(kind="follow-up", context=[{"q": "Who?", "a": "Lavrov [1]."}]))
    assert (q.context[0].q, q.context[0].a) == ("Who?", "Lavrov [1].")


def test_invalid_json_is_reported_with_its_line_number():
    [(n, what)] = problems(line() + "\n{not json\n")
    assert n == 2 and "invalid JSON" in what


def test_missing_field_is_reported_with_its_line_number():
    [(n, what)] = problems(line() + "\n" + line(id="x02", question=...))
    assert n == 2 and what == "missing field 'question'"


def test_wrong_type_is_reported():
    [(n, what)] = problems(line(answerable="yes"))
    assert n == 1 and what == "field 'answerable' must be true or false, got a string"


def test_expected_must_be_lists_of_strings():
    [(_, what)] = problems(line(expected=["Lavrov"]))
    assert "list of non-empty lists of strings" in what


def test_empty_alternative_is_rejected():
    [(_, what)] = problems(line(expected=[["Lavrov", " "]]))
    assert "empty alternative" in what


def test_unanswerable_question_with_expected_facts_is_rejected():
    [(_, what)] = problems(line(answerable=False))
    assert "unanswerable" in what


def test_bad_date_is_rejected():
    [(_, what)] = problems(line(date="28 February"))
    assert "ISO date" in what


def test_bad_context_is_rejected():
    [(_, what)] = problems(line(context=[{"q": "Who?"}]))
    assert "context" in what


def test_duplicate_id_names_both_lines():
    [(n, what)] = problems(line() + "\n" + line(question="Again?"))
    assert n == 2 and "duplicate id 'x01'" in what and "line 1" in what


def test_line_that_is_not_an_object_is_rejected():
    [(n, what)] = problems('["x01"]')
    assert n == 1 and "JSON object" in what


def test_every_bad_line_is_reported_at_once():
    assert [n for n, _ in problems("{\n" + line() + "\n[]\n")] == [1, 3]


def test_empty_file_is_rejected():
    assert "no questions" in problems("\n\n")[0][1]


def test_error_message_names_file_and_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(line() + "\n{", encoding="utf-8")
    with pytest.raises(QuestionFileError, match=r"q\.jsonl.*\n  line 2: invalid JSON"):
        load_questions(path)


def test_a_problem_of_the_whole_file_names_no_line(tmp_path):
    # It read "line 0: no questions in the file": there is no line 0.
    path = tmp_path / "q.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(QuestionFileError) as info:
        load_questions(path)
    assert "line 0" not in str(info.value) and "no questions in the file" in str(info.value)
    with pytest.raises(QuestionFileError) as info:
        load_questions(tmp_path)
    assert "line 0" not in str(info.value) and "cannot read the file (Is a directory)" in str(info.value)


def test_missing_file_is_a_question_file_error(tmp_path):
    with pytest.raises(QuestionFileError, match="cannot read"):
        load_questions(tmp_path / "absent.jsonl")


@pytest.mark.parametrize("name", ["dev_questions.jsonl", "own_questions.jsonl"])
def test_shipped_question_files_load(name):
    assert load_questions(ROOT / "eval" / name)


@pytest.mark.parametrize("name", ["dev_questions.jsonl", "own_questions.jsonl"])
def test_shipped_sources_are_seed_articles(name):
    ids = {p.name for p in SEEDS.glob("*.txt")}
    assert {s for q in load_questions(ROOT / "eval" / name) for s in q.sources} <= ids


def test_own_questions_cover_every_kind():
    from bot.evaluation.questions import KINDS

    assert {q.kind for q in load_questions(ROOT / "eval" / "own_questions.jsonl")} == set(KINDS)


def test_own_expected_facts_occur_in_their_sources():
    """Honest facts: each one can be found, by the scorer's own rule, in the articles cited for it."""
    from bot.evaluation.scoring import find_fact

    missing = []
    for q in load_questions(ROOT / "eval" / "own_questions.jsonl"):
        text = "\n".join((SEEDS / s).read_text(encoding="utf-8") for s in q.sources)
        missing += [(q.id, fact) for fact in q.expected if find_fact(fact, text) is None]
    assert missing == []
