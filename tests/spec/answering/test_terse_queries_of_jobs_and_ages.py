"""Keyword queries typed as people type them into a chat: a job followed by what its holder's body
did ("spokeswoman rail operator train derailed near Ølbo?") asks who holds the job, and "age of
..." asks how old the one described is, though a "who" follows inside the description; a unit and a
participle said last ("avalanche wall km built?") ask how much of it has been done. A keyword
query whose job word is followed by no body ("mayor flooding", "senator bill require farm schools")
stays as typed."""

from bot.answering.terse_question import asked
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, table

WIRE = """KARLSBORG, 4 March 2026 (Nordvik Wire) — A tanker train carrying diesel came off the rails outside the village of Ølbo late on Tuesday, the freight operator Fjellbane Cargo said on Wednesday.

Nobody was hurt, and the diesel did not leak, the fire service said.

A company spokeswoman, Ingrid Hallvardsen, said Fjellbane Cargo would "cooperate fully" with the accident board.

The village's oldest farmer, Per Skaugum, warned at a public meeting in 2019 that the curve outside Ølbo was too sharp for heavy trains. He is 81.

Only 14 kilometres of the planned 30-kilometre avalanche wall above the line have been built, the county engineer said.

Farmers say the avalanche wall blocks their tractors, and the county has promised that the wall will be built with gates by 2028.
"""

wire = articles_fixture({"olbo_derailment.txt": WIRE})

test_terse_queries_answered = table(answers, [
    ask("wire", "spokeswoman freight operator train derailed near Ølbo?", "Hallvardsen", id="job_then_what_its_body_did"),
    ask("wire", "age of farmer who warned 2019 meeting curve too sharp?", "81", id="age_of_one_described"),
    ask("wire", "avalanche wall km built?", "14", lacking="tractors", id="unit_and_participle_said_last"),
])


def test_a_job_and_a_noun_stay_as_typed():
    assert asked("mayor flooding") == "mayor flooding"
    assert asked("coach injured striker") == "coach injured striker"
    # no body after the job: what the senator's bill requires, or which senator? Left as typed.
    assert asked("Tromsø senator bill require farm schools?") == "Tromsø senator bill require farm schools?"
    assert asked("councillor request Brekke Road install?") == "councillor request Brekke Road install?"


def test_the_forms_asked():
    assert asked("spokeswoman freight operator train derailed near Ølbo?") \
        == "Who is the spokeswoman freight operator train derailed near Ølbo?"
    assert asked("age of farmer who warned 2019 meeting?") == "How old is the farmer who warned 2019 meeting?"
    assert asked("Age of Skaugum?") == "How old is Skaugum?"
    assert asked("avalanche wall km built?") == "How many km of the avalanche wall have been built?"
