"""The vocabulary data file loads, and its lookups answer as documented."""

from index.vocabulary import vocabulary


def test_speech_forms_map_to_their_lemma():
    v = vocabulary()
    assert v.speech_lemma("said") == "say" and v.speech_lemma("Denied") == "deny"
    assert v.speech_lemma("called  for") == "call for"
    assert v.speech_lemma("table") is None


def test_every_act_lists_its_past_form_third():
    v = vocabulary()
    assert v.past("deny") == "denied" and v.past("tell") == "told" and v.past("write") == "wrote"
    assert all(len(forms) >= 4 for forms in v.speech_acts.values())


def test_roles_titles_and_pronouns():
    v = vocabulary()
    assert v.is_role("minister") and v.is_role("Prime Minister") and not v.is_role("budget")
    assert v.title_gender("Ms.") == "female" and v.title_gender("Mr") == "male" and v.is_title("Dr")
    assert v.pronoun("she")["gender"] == "female" and v.pronoun("table") is None
    assert v.role_gender("spokeswoman") == "female"


def test_question_and_stop_words():
    v = vocabulary()
    assert v.question_words["who"] == "person" and v.question_words["how many"] == "amount"
    assert "the" in v.stop_words and "minister" not in v.stop_words
    forms = v.speech_forms()
    assert "ruled out" in forms and [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)
