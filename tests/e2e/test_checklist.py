#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end: the red-flag checklist in the real app, through AT-SPI."""
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

# The question texts, from the display-free command line. GTK 4.8 keeps the
# pages a stack hides in the accessibility tree, so the question on screen is
# the heading that is one of these.
QUESTIONS = [line.split("\t", 1)[1] for line in subprocess.run(
    [BINARY, "--checklist-questions"], capture_output=True, text=True,
    check=True).stdout.splitlines()]


class ChecklistTest(unittest.TestCase):
    def setUp(self):
        self.app = SkinSpots(BINARY, args=["--checklist"])
        self.app.find("Do the spots stay visible when you press a clear glass firmly on them?",
                      "heading")

    def tearDown(self):
        self.app.close()

    def shot(self, name):
        if SHOTS:
            self.app.screenshot(os.path.join(SHOTS, name + ".png"))

    def test_glass_and_fever_is_an_emergency_at_once(self):
        app = self.app
        self.assertTrue(app.has_label("Question 1 of"))
        self.shot("question")
        app.click("Yes")
        app.find("Is there a fever, or does the person feel hot and shivery?", "heading")
        app.click("Yes")
        # No further question: the emergency result comes at once.
        app.find("Get emergency help now", "heading")
        self.assertTrue(app.has_label("Call 112 now, or your local emergency number"))
        self.assertTrue(app.has_label("When: Now"))
        self.assertTrue(any("you said that the spots stay visible" in n
                            for n in app.labels()))
        self.shot("result-emergency")

    def test_all_no_is_self_care_with_a_safety_net(self):
        app = self.app
        asked = 0
        while True:
            headings = [h.name for h in app.find_all("heading")]
            if "Look after it at home" in headings:
                break
            app.click("No")
            asked += 1
            self.assertLess(asked, 40, "the checklist never ended")
            time.sleep(0.2)
        self.assertTrue(app.has_label("When: Watch over the next few days"))
        app.find("Get help sooner if", "heading")
        self.assertTrue(any("Get emergency help if the spots stop fading" in n
                            for n in app.labels()))
        self.shot("result-self-care")

    def test_soon_and_urgent_and_change_an_answer(self):
        app = self.app
        # Glass no, every emergency sign no, bruising not sure, the rest no.
        answers = {"Are there bruises you cannot explain, or bleeding gums or nosebleeds?":
                   "Not sure"}
        while True:
            headings = [h.name for h in app.find_all("heading")]
            if any(h in ("Book a doctor's appointment", "See a doctor today") for h in headings):
                break
            question = next(h for h in headings if h in QUESTIONS)
            app.click(answers.get(question, "No"))
            time.sleep(0.2)
        app.find("Book a doctor's appointment", "heading")
        self.assertTrue(any("treated as if the sign might be there" in n for n in app.labels()))
        self.shot("result-soon")

        # Change the unsure answer to yes: see a doctor today.
        app.click("Change an Answer")
        app.click("Change the answer to: Are there bruises you cannot explain, or bleeding gums "
                  "or nosebleeds?")
        app.click("Yes")
        app.find("See a doctor today", "heading")
        self.shot("result-urgent")

        # Start over forgets everything.
        app.click("Start Over")
        app.find("Do the spots stay visible when you press a clear glass firmly on them?",
                 "heading")
        self.assertTrue(app.has_label("Question 1 of"))

    def test_handover_pdf_has_the_answers(self):
        app = self.app
        out_dir = tempfile.mkdtemp(prefix="skin-spots-sheet-")
        pdf = os.path.join(out_dir, "sheet.pdf")
        app.click("Not sure")  # the glass test
        app.click("Yes")       # fever
        app.find("Get emergency help now", "heading")

        app.click("Save for the Doctor as PDF…")
        text = app.save_pdf_as(pdf)
        flat = " ".join(text.split())
        self.assertIn("notes for the doctor", flat)
        self.assertIn("Do the spots stay visible when you press a clear glass firmly on them? "
                      "Not sure", flat)
        self.assertIn("Is there a fever, or does the person feel hot and shivery? Yes", flat)
        self.assertIn("Is the neck stiff? Not asked", flat)
        self.assertIn("Get emergency help now", flat)
        self.assertIn("checklist rules version 1", flat)
        self.assertIn("Questions your doctor may ask", flat)
        self.assertIn("Does the person bruise easily?", flat)


if __name__ == "__main__":
    unittest.main(verbosity=2)
