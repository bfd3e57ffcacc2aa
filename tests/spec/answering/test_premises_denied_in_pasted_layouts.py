"""False premises in pages pasted whole (masthead, deck, museum panels, lower-case questions) that a
neighbouring sentence used to answer; each beside a twin the article does not correct.

    why was the fellwater 200 start in ardmoray called off    "will go ahead as planned", not "first held in 1988"   instead.opposite_done
    why did the 1921 walkout end without any pay rise          "The men went back for 10 cents more."                 premise_granted
    how much is tamsel quarrell suing brindlecroft for          "had not decided whether to go to court" (not chosen)  not_yet_done.law_only_weighed
    why did the pastures minister order the goats to be culled    "would not carry out mass culling"                     premise_word_denied
    when did the contractor agree to fix it under its warranty "not covered by its warranty ... at cost"              premise_word_denied
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, replies, table
from tests.spec.answering.test_near_misses_in_pasted_layouts import PLANT, POTTER, THAW

THAW_HISTORY = THAW.replace("- With files from", "The Fellwater 200 was first held in 1988.\n\n- With files from")
THAW_OFF = THAW_HISTORY.replace(
    "The start in Ardmoray will go ahead as planned on Sunday, Jan. 24.",
    "The start in Ardmoray has been called off because the car park by the lake is under water.")

PANELS = """Hollin Valley Museum · Upper Gallery

SPLITTING STONE: QUARRY LIFE ON THE HOLLIN, 1880-1950
June 6, 2026 - March 14, 2027

---

PANEL 2 - THE WALKOUT OF 1921

In March 1921 about 80 quarrymen downed tools, demanding 20 cents more a day. The owner of the Hollin Slate Company, Edwin Tarrant, refused.

"We stood at the gate every morning in the sleet." - Ebbert Pelling, quarryman, recorded in 1968

The walkout lasted six days. The men went back for 10 cents more.

---

OBJECT LABEL 4
Splitting chisel, about 1915
Steel and beech
Gift of the Pelling family, 1989.4.2
"""

PANELS_NOTHING = PANELS.replace("The men went back for 10 cents more.", "The men went back with nothing.")

POTTER_WEIGHED = POTTER.replace(
    "Picture:",
    "Kirkwall solicitor Fergan Drever, who is not acting for Ms Quarrell, said copying a glaze was hard to prove.\n\n"
    "Ms Quarrell said she had not decided whether to go to court. \"I don't want money from them. I want the mugs "
    "off the shelves,\" she said.\n\nPicture:")
POTTER_SUING = POTTER.replace(
    "Picture:", "Ms Quarrell said she was suing Brindlecroft for £40,000 in the Court of Session.\n\nPicture:")

MINISTER = PLANT.replace(
    "Efforts to reach the contractor",
    "The Minister of Pastures, Tavake Olomua, announced the plan on Tuesday after meeting the headmen of nine villages.\n\n"
    "He said the Ministry would not carry out mass culling. \"That is not how we do things now,\" he said.\n\n"
    "The contractor, Kestrow Pumps Ltd, said in a statement issued last Friday that the failure was caused by "
    "flooding and was therefore not covered by its warranty. The company said it had offered to carry out the repairs "
    "at cost.\n\nEfforts to reach the contractor")
MINISTER_CULLS = MINISTER.replace(
    "He said the Ministry would not carry out mass culling. \"That is not how we do things now,\" he said.",
    "He said goats found inside the plant's fence would be culled from Monday. \"We have warned people for years,\" he said.")
MINISTER_WARRANTY = MINISTER.replace(
    "and was therefore not covered by its warranty. The company said it had offered to carry out the repairs at cost.",
    "and was covered by its warranty. The company said on Monday that it had agreed to replace the pumps free of charge.")

thaw_history = app_fixture("thaw_history.txt", THAW_HISTORY)
thaw_off = app_fixture("thaw_off.txt", THAW_OFF)
panels = app_fixture("panels.txt", PANELS)
panels_nothing = app_fixture("panels_nothing.txt", PANELS_NOTHING)
potter_weighed = app_fixture("potter_weighed.txt", POTTER_WEIGHED)
potter_suing = app_fixture("potter_suing.txt", POTTER_SUING)
minister = app_fixture("minister.txt", MINISTER)
minister_culls = app_fixture("minister_culls.txt", MINISTER_CULLS)
minister_warranty = app_fixture("minister_warranty.txt", MINISTER_WARRANTY)

test_corrected = table(answers, [
    ask("thaw_history", "why was the fellwater 200 start in ardmoray called off", "as planned", lacking="first held",
        starting="The articles do not say so", id="start_goes_ahead_not_the_race_first_held"),
    ask("panels", "why did the 1921 quarry walkout end without any pay rise", "10 cents more",
        starting="The articles do not say so", id="a_sum_more_is_a_rise_had"),
    ask("minister", "why did the pastures minister order the goats to be culled", "would not carry out mass culling",
        starting="The articles do not say so", id="the_act_named_only_as_not_done"),
    ask("minister", "when did kestrow pumps agree to fix the borrowdeen pumps for free under its warranty",
        "not covered by its warranty", "at cost", starting="The articles do not say so",
        id="the_term_named_only_as_not_so"),
])

test_corrected_with_the_weighing = table(answers, [
    ask("potter_weighed", "how much is tamsel quarrell suing brindlecroft for", "not decided",
        starting="The articles do not say so", id="going_to_law_weighed_further_down"),
])

test_not_corrected = table(replies, [
    ask("thaw_off", "why was the fellwater 200 start in ardmoray called off", "car park", lacking="do not say so",
        id="start_called_off"),
    ask("panels_nothing", "why did the 1921 quarry walkout end without any pay rise", lacking="do not say so",
        id="only_the_sum_demanded"),
    ask("minister_culls", "why did the pastures minister order the goats to be culled", lacking="do not say so",
        id="the_cull_told"),
    ask("minister_warranty", "when did kestrow pumps agree to fix the borrowdeen pumps for free under its warranty",
        lacking="not covered", id="the_repair_covered"),
])

test_answered = table(answers, [
    ask("potter_suing", "how much is tamsel quarrell suing brindlecroft for", "40,000", id="going_to_law_told"),
])

PHONE_IN = """Morning Call with Dara Quill
Wednesday 21 January 2026 · 08:07

DARA QUILL: Good morning, it's seven minutes past eight, and the phones have not stopped since last night's news that the minor injuries unit at Tollerby will close overnight from the 2nd of March.

DARA QUILL: First caller is Nessa, from Tollerby itself. Nessa, go ahead.

NESSA: My father had a fall at three in the morning last month and the unit saw him in ten minutes.
"""

phone_in = app_fixture("phone_in.txt", PHONE_IN)

test_an_aspect_verb_is_no_premise = table(replies, [
    # "stop opening": the phones that "have not stopped" deny nothing of the unit's opening
    ask("phone_in", "from what date will the tollerby minor injuries unit stop opening at night", "2nd of March",
        lacking="do not say so", id="phones_not_stopped"),
])
