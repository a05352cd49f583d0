#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end: the red-flag checklist in the real app, through AT-SPI.

Four people walk through it as a parent, a carer or a patient would: a baby
who cannot crawl yet, a child, a pregnant woman and an adult on
chemotherapy, each starting on the page that asks who the check is for."""
import os
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from spots_driver import SkinSpots  # noqa: E402

BINARY = os.environ["SKIN_SPOTS"]
SHOTS = os.environ.get("SPOTS_E2E_SCREENSHOTS")

# The questions, from the display-free command line: id, text, and the
# answers from least to most concerning. GTK 4.8 keeps the pages a stack
# hides in the accessibility tree, so the question on screen is the heading
# that is one of these.
QUESTIONS = {}
for line in subprocess.run([BINARY, "--checklist-questions"], capture_output=True, text=True,
                           check=True).stdout.splitlines():
    qid, text, answers = line.split("\t")
    QUESTIONS[qid] = (text, answers.split(","))
# The "who" page's questions are headings too, on a page the stack hides
# once the walk starts.
WHO = ("age", "pregnant", "weak-immunity", "can-crawl")
TEXT_TO_ID = {text: qid for qid, (text, _) in QUESTIONS.items() if qid not in WHO}
LABELS = {"yes": "Yes", "no": "No", "not-sure": "Not sure"}
RESULTS = ("Get emergency help now", "See a doctor today", "Book a doctor's appointment",
           "Look after it at home")


def text(qid):
    return QUESTIONS[qid][0]


class ChecklistTest(unittest.TestCase):
    def setUp(self):
        self.app = SkinSpots(BINARY, args=["--checklist"])
        self.app.find("Who is the check for?", "heading")

    def tearDown(self):
        problems = self.app.problems()
        self.app.close()
        self.assertEqual(problems, [])

    def shot(self, name):
        if SHOTS:
            self.app.screenshot(os.path.join(SHOTS, name + ".png"))

    def choose(self, qid, label):
        """Presses one answer on the "who" page, inside the group named
        after the question (Yes and No appear more than once there)."""
        group = self.app.find(text(qid), "panel")
        self.app.find(label, "push button", within=group, action="click").doActionNamed("click")
        time.sleep(0.3)

    def who(self, age, **answers):
        self.choose("age", age)
        for qid, label in answers.items():
            self.choose(qid.replace("_", "-"), label)
        self.app.click("Continue")

    def walk(self, answers):
        """Answers each question as ANSWERS (id -> yes / no / not-sure) says,
        and the reassuring way otherwise, until the result; returns the
        result's heading and the ids asked."""
        asked = []
        waits = 0
        # The answer buttons, not the "who" page's Yes and No, which GTK 4.8
        # leaves in the tree on the hidden page.
        answer_row = self.app.find("Answer", "panel")
        while True:
            headings = [h.name for h in self.app.find_all("heading")]
            result = next((h for h in headings if h in RESULTS), None)
            if result:
                return result, asked
            qid = next(TEXT_TO_ID[h] for h in headings if h in TEXT_TO_ID)
            if asked and asked[-1] == qid:  # the page has not changed yet
                waits += 1
                self.assertLess(waits, 50, f"stuck on {qid}")
                time.sleep(0.2)
                continue
            asked.append(qid)
            self.assertLess(len(asked), 40, "the checklist never ended")
            label = LABELS[answers.get(qid, QUESTIONS[qid][1][0])]
            self.app.find(label, "push button", within=answer_row,
                          action="click").doActionNamed("click")
            time.sleep(0.3)

    def reasons(self):
        return " ".join(self.app.labels())

    def test_baby_who_cannot_crawl_with_spots_after_crying(self):
        app = self.app
        self.assertFalse(app.has_label("Choose the person’s age to go on."))
        app.click("Continue")  # no age yet: the page says so and stays
        app.find("Choose the person’s age to go on.", "label")
        self.shot("who")

        self.choose("age", "3 to 11 months")
        # A baby: whether they can crawl, not whether they are pregnant.
        app.find(text("can-crawl"), "panel")
        self.assertNotIn(text("pregnant"), [p.name for p in app.find_all("panel")])
        self.who("3 to 11 months", weak_immunity="No", can_crawl="No")

        # Spots after crying that stay under a glass: crying does not
        # explain them in a baby, so the glass test alone ends the walk.
        result, asked = self.walk({"glass-test": "yes", "strain": "yes",
                                   "face-neck-chest-only": "yes"})
        self.assertEqual(result, "Get emergency help now")
        self.assertEqual(asked, ["glass-test"])
        self.assertIn("Age: 3 to 11 months", self.reasons())
        self.assertIn("Can crawl, shuffle or pull up to stand: No", self.reasons())
        self.assertIn("In a baby under 1, spots that stay under a glass", self.reasons())
        self.shot("result-baby")

    def test_baby_with_spots_that_fade_and_a_weak_cry(self):
        self.who("Under 3 months", weak_immunity="No")
        result, asked = self.walk({"weak-cry": "yes"})
        # The signs a parent can see are asked; one of them is an emergency.
        self.assertEqual(result, "Get emergency help now")
        self.assertIn("skin-colour", asked)
        self.assertEqual(asked[-1], "weak-cry")

    def test_child_with_unexplained_leg_spots(self):
        self.who("5 to 15 years", pregnant="No", weak_immunity="No")
        result, asked = self.walk({"glass-test": "yes", "strain": "no"})
        self.assertEqual(result, "Get emergency help now")
        self.assertNotIn("floppy", asked)
        self.assertEqual(asked[-1], "strain")
        self.assertIn("A child with spots that stay under a glass", self.reasons())
        self.shot("result-child")

    def test_child_with_spots_after_a_coughing_fit(self):
        self.who("5 to 15 years", pregnant="No", weak_immunity="No")
        result, _ = self.walk({"glass-test": "yes"})
        self.assertEqual(result, "Book a doctor's appointment")
        self.assertTrue(self.app.has_label("When: Within two days"))

    def test_pregnant_woman_with_spots_that_fade(self):
        self.who("25 to 74 years", pregnant="Yes", weak_immunity="No")
        result, _ = self.walk({})
        self.assertEqual(result, "See a doctor today")
        self.assertIn("Pregnant, or gave birth in the last 6 weeks: Yes", self.reasons())
        self.assertIn("A new rash in pregnancy", self.reasons())

    def test_adult_on_chemotherapy_with_a_fever(self):
        self.who("25 to 74 years", pregnant="No", weak_immunity="Yes")
        result, asked = self.walk({"fever": "yes"})
        # The fever question ends it: neutropenic sepsis is an emergency.
        self.assertEqual(result, "Get emergency help now")
        self.assertEqual(asked, ["glass-test", "fever"])
        self.assertTrue(self.app.has_label("Call 112 now, or your local emergency number"))
        self.assertIn("neutropenic sepsis", self.reasons())
        self.assertIn("say that you think it could be sepsis or meningitis", self.reasons())
        self.shot("result-emergency")

    def test_well_adult_is_self_care_with_a_safety_net(self):
        self.who("25 to 74 years", pregnant="No", weak_immunity="No")
        result, _ = self.walk({})
        self.assertEqual(result, "Look after it at home")
        self.assertTrue(self.app.has_label("When: Watch over the next few days"))
        self.app.find("Get help sooner if", "heading")
        self.shot("result-self-care")

    def test_not_sure_then_change_an_answer_then_start_over(self):
        app = self.app
        self.who("25 to 74 years", pregnant="No", weak_immunity="No")
        result, _ = self.walk({"bruising": "not-sure"})
        self.assertEqual(result, "Book a doctor's appointment")
        self.assertIn("were answered “not sure”", self.reasons())
        self.shot("result-soon")

        app.click("Change an Answer")
        app.click("Change the answer to: " + text("bruising"))
        app.find("Yes", "push button", within=app.find("Answer", "panel"),
                 action="click").doActionNamed("click")
        app.find("See a doctor today", "heading")
        self.shot("result-urgent")

        # Start over forgets everything, back to who the check is for.
        app.click("Start Over")
        app.find("Who is the check for?", "heading")

    def test_handover_pdf_has_who_and_the_answers(self):
        app = self.app
        out_dir = tempfile.mkdtemp(prefix="skin-spots-sheet-")
        pdf = os.path.join(out_dir, "sheet.pdf")
        self.who("1 to 4 years", weak_immunity="No", can_crawl="Yes")
        result, _ = self.walk({"glass-test": "not-sure", "fever": "yes"})
        self.assertEqual(result, "Get emergency help now")

        app.click("Save for the Doctor as PDF…")
        flat = " ".join(app.save_pdf_as(pdf).split())
        self.assertIn("notes for the doctor", flat)
        self.assertIn("Who the check was for", flat)
        self.assertIn("Age: 1 to 4 years", flat)
        self.assertIn(" ".join(text("glass-test").split()) + " Not sure", flat)
        self.assertIn(text("fever") + " Yes", flat)
        self.assertIn(text("stiff-neck") + " Not answered", flat)
        self.assertIn("Get emergency help now", flat)
        self.assertIn("checklist rules version 3", flat)
        self.assertIn("Does the person bruise easily?", flat)


if __name__ == "__main__":
    unittest.main(verbosity=2)
