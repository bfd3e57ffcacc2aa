"""Answer selection in ordinary news:
- "Apart from Wells, where ...": the sentence naming the other places answers, not the one naming Wells;
  the sentence listing Wells beside another ("one at Wells and one at Crewe") over one naming another
  place for another reason ("to replace the one at Palmer Road"), also when the thing set aside is typed
  in lower case ("apart from the cattle market, where ...");
- "What is she going to do next?": her own act to come ("said she would ask for ..."), not her quotes."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

COUNCIL = """Seafront shelters to close for winter

Public shelters on the promenade at Tollmouth will close for the winter from next month, the district council has decided.

The cabinet voted on Tuesday to shut the shelter on the promenade, along with the kiosks at car parks in Ebbridge and Saltcote, from December 1.

Opposition leader Cllr Mona Hale, who represents Tollmouth, said the savings did not add up. "This is penny-pinching," she said. "Where are walkers supposed to shelter?"

Cllr Hale said she would ask for the decision to be reviewed by the scrutiny committee.
"""

CLUB = """Stadium plan stalls as club weighs options

Ravensby FC's plan for a new ground at Marsh Lane has stalled after the county refused planning permission.

Other sites have been looked at in Cobham Vale and at the old works in Linford.

Club chair Dev Anand said the decision was "a blow for the whole town". "We have waited ten years," he said.

Anand said the club would appeal against the refusal within a month.
"""

DEPOT = """Council names sites for new bus depot

Grisham County Council has named two sites for a new bus depot to replace the one at Palmer Road, which floods every winter.

Transport director Oonagh Feltham said engineers had identified "two possible sites", one at the old cattle market in Stennard and one at a regional office in Marlow Cross.

"Both are close to the main routes and neither has flooded in living memory," she said.

Bus drivers' union rep Calder Ruane said staff wanted a depot with proper rest rooms.
"""

# the thing set aside in one form of its word ("the printer"), the listing sentence in another ("the
# printing contractor"), and a sentence naming the printer beside a place for another reason
LEAK = """Exam board admits papers may have leaked twice

KAMPALA - The chemistry paper sat by 48,000 candidates on Monday had been photographed before the exam, the national examinations board said yesterday.

The Leader of the Opposition told reporters outside Parliament that the board "keeps blaming the printer and never looks at itself".

The board's director, Mr Okello Mwesigwa, said investigators had identified "two possible points of leakage", one at the printing contractor and one at a district office in Mbarara.
"""

leak = app_fixture("kampala_leak.txt", LEAK)
council = app_fixture("tollmouth_shelters.txt", COUNCIL)
club = app_fixture("ravensby_ground.txt", CLUB)
depot = app_fixture("grisham_depot.txt", DEPOT)

test_set_aside = table(answers, [
    ask("council", "Apart from Tollmouth, where will kiosks be shut this winter?", "Ebbridge", id="apart_from_one_place"),
    ask("club", "Besides Marsh Lane, where were sites looked at for a new ground?", "Cobham Vale", id="besides_one_site"),
    ask("depot", "apart from Stennard, where could the depot be built", "Marlow Cross", lacking="Palmer Road",
        id="the_sentence_listing_the_place_set_aside_with_another"),
    ask("depot", "apart from the cattle market, where could the new bus depot go", "Marlow Cross",
        starting="Transport director", id="a_thing_set_aside_in_lower_case"),
    ask("leak", "apart from the printer, where else could the chemistry paper have leaked from", "Mbarara",
        id="the_thing_set_aside_in_another_form_of_its_word"),
    ask("council", "What is Mona Hale going to do next?", "scrutiny", lacking="penny-pinching", id="her_plan_not_her_quotes"),
    ask("club", "What will Dev Anand do next?", "appeal", lacking="ten years", id="his_plan_not_his_quotes"),
])
