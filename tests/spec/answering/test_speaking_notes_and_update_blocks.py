"""A speech published as speaking notes ("SPEAKING NOTES / for the Honourable NAME / TITLE / ...
CHECK AGAINST DELIVERY") and a company's incident statement in dated update blocks: a question that
names the notes' speaker by her title finds her first-person lines, and one about the company's
count finds its own "we" sentence. Invented pages."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

NOTES = """Government of Norrland

SPEAKING NOTES

for the Honourable Ysolde Varnholt
Minister of Education
Opening of the Fjellvik School Library
Fjellvik, Norrland
Tuesday, March 4, 2025

CHECK AGAINST DELIVERY

[Acknowledge dignitaries and guests]

Good morning, everyone. It is a pleasure to be here in Fjellvik.

Today I am announcing that our government will invest $12 million over three years to build new libraries in rural schools.

Let me be clear about one thing. This money is new money, and no school will lose funding to pay for it.

When I visited Fjellvik School in November, your principal, Brit Tandervik, showed me the old reading room. She told me, "Our pupils read on the floor because we have no chairs."

I also want to thank the Fjellvik Parents Association, which raised $40,000 for the new shelves.

A Grade 6 pupil, Mikkel Dahl, wrote to my office last month. He said, and I quote, "I want a library with books about space."

I know some people will say that we cannot afford this. We can, because we have found savings in government travel.

The Deputy Mayor, Wenche Aalvik, told me this morning that the town will donate the land. Her answer was simple: "This is what towns are for."

The principal has told me that the old reading room will become a science lab.

Rural schools serve 18,000 pupils across the province.

[Pause for applause]

Thank you.

- 30 -
"""

INCIDENT = """Nordhavn Airways

Home | Newsroom | Travel updates | About us

Statement on the temporary grounding of our Q400 fleet

Last updated: 14 February 2025, 17:30

UPDATE 2 – 14 February 2025, 17:30

The Civil Flight Directorate has confirmed that it has no objection to our plan to return the first aircraft to service on Monday.

The aircraft manufacturer has told us that the inspections can be completed in around six hours per aircraft.

We have heard criticism from passengers about how we communicated the cancellations. We accept this criticism and we are sorry.

Our Chief Executive, Haakon Strindvik, said: "Safety will always come before our schedule, and we acted before anybody asked us to."

UPDATE 1 – 13 February 2025, 09:15

So far we have cancelled 86 flights, affecting about 7,400 passengers. Passengers on cancelled flights will be offered a full refund or a free rebooking.

The pilots' union, Skarvlund Flight Crew Association, said on Wednesday that it supported the decision.

ORIGINAL STATEMENT – 12 February 2025, 18:40

As a precaution, Nordhavn Airways has grounded all nine of its Q400 aircraft after a fault was found in a landing gear component during routine maintenance.

We have grounded nine aircraft while engineers inspect the component. No passengers or crew were hurt.

About Nordhavn Airways
Nordhavn Airways carries 2.1 million passengers a year on 40 routes.
"""

notes = app_fixture("speaking_notes.txt", NOTES)
incident = app_fixture("incident_statement.txt", INCIDENT)


test_answers = table(answers, [
    ask("notes", "What did the education minister announce for rural schools?", "$12 million",
        id="the_notes_speaker_is_found_by_the_title_under_her_name"),
    ask("incident", "How many passengers were affected by the cancellations?", "7,400", lacking="2.1 million",
        id="the_companys_own_count_in_an_update_block_answers"),
])
