#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end: the reader, driven through AT-SPI like a keyboard or
screen-reader user would, on the real built app."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from spots_driver import SkinSpots, wait_for  # noqa: E402

BINARY = os.environ["SKIN_SPOTS"]


class ReaderTest(unittest.TestCase):
    def setUp(self):
        self.app = SkinSpots(BINARY)

    def tearDown(self):
        self.app.close()

    def test_sidebar_link_back(self):
        app = self.app
        # The keyboard starts in the topics list: open an article from it.
        app.activate_row("Petechiae")
        wait_for(lambda: app.title() == "Petechiae – Skin Spots", "the petechiae page")
        self.assertTrue(app.has_text("Pinpoint dots of blood under the skin"))

        # Follow a cross-link to a related article.
        app.find("Related articles", "heading")
        app.click("Purpura")  # the button under "Related articles"
        wait_for(lambda: app.title() == "Purpura – Skin Spots", "the purpura page after the link")
        self.assertTrue(app.has_text("bleeding under the skin"))

        # Back returns to petechiae; so does Alt+Left after Forward.
        app.click("Back")
        wait_for(lambda: app.title() == "Petechiae – Skin Spots", "petechiae after Back")
        app.click("Forward")
        wait_for(lambda: app.title() == "Purpura – Skin Spots", "purpura after Forward")
        app.key("<Alt>Left")
        wait_for(lambda: app.title() == "Petechiae – Skin Spots", "petechiae after Alt+Left")

    def test_search_itch_opens_contact_dermatitis(self):
        app = self.app
        # The keyboard starts in the topics list: typing there searches.
        app.type("itch")
        wait_for(lambda: app.focused() is not None and app.focused().roleName == "entry",
                 "the search entry to take the typing")
        results = app.find("Search results", "list")
        wait_for(lambda: any(n.name == "Contact dermatitis" for n in app.find_all("label", results)),
                 "contact dermatitis among the results")
        self.assertEqual(app.title(), "Search Results – Skin Spots")
        # Down leads from the entry into the results.
        app.key("Down")
        app.activate_row("Contact dermatitis")
        wait_for(lambda: app.title() == "Contact dermatitis – Skin Spots",
                 "the contact dermatitis page")
        self.assertTrue(app.has_text("1 to 3 days"))

    def test_bookmark_toggle(self):
        app = self.app
        app.activate_row("Heat rash")
        wait_for(lambda: app.title() == "Heat rash – Skin Spots", "the heat rash page")
        app.click("Bookmark this article", "push button")
        app.find("Remove bookmark", "push button")
        app.click("Bookmarks", "push button")
        app.find("Heat rash", "menu item")
        app.key("Escape")
        app.click("Remove bookmark", "push button")
        app.find("Bookmark this article", "push button")

    def test_export_pdf(self):
        app = self.app
        out_dir = tempfile.mkdtemp(prefix="skin-spots-pdf-")
        pdf = os.path.join(out_dir, "cherry.pdf")
        app.activate_row("Cherry angioma")
        wait_for(lambda: app.title() == "Cherry angioma – Skin Spots", "the cherry angioma page")

        app.key("<Control><Shift>s")
        text = app.save_pdf_as(pdf)
        self.assertIn("Cherry angioma", text)
        self.assertIn("1 to 5 mm", text)
        self.assertIn("Printed from Skin Spots on", text)
        self.assertIn("References", text)
        self.assertIn("information, not a diagnosis", text.lower())


if __name__ == "__main__":
    unittest.main(verbosity=2)
