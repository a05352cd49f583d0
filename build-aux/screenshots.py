#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes the screenshots for the metainfo and the README from the real,
built app at its default size (1000 x 720), driving it through AT-SPI.

    build-aux/screenshots.sh    (wraps this in Xvfb and a session bus)

Writes data/screenshots/{home,article,search,compare,checklist-who,checklist,checklist-result}.png.
"""
import os
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, "tests", "e2e"))

from spots_driver import SkinSpots, wait_for  # noqa: E402

binary = os.environ.get("SKIN_SPOTS", os.path.join(root, "_build", "src", "skin-spots"))
out = os.path.join(root, "data", "screenshots")
os.makedirs(out, exist_ok=True)

app = SkinSpots(binary)
try:
    app.find("Worried right now?", "heading")
    app.screenshot(os.path.join(out, "home.png"))

    app.activate_row("Petechiae")
    wait_for(lambda: app.title() == "Petechiae – Skin Spots", "the petechiae page")
    app.screenshot(os.path.join(out, "article.png"))

    app.key("<Control>k")
    app.type("itchy rash")
    wait_for(lambda: app.title() == "Search Results – Skin Spots", "the search results")
    time.sleep(1)
    app.screenshot(os.path.join(out, "search.png"))
    app.key("Escape")

    app.key("<Alt>Home")
    app.click("Heat rash")
    wait_for(lambda: app.title() == "Heat rash – Skin Spots", "the heat rash page")
    app.key("<Control>m")
    wait_for(lambda: app.title() == "Compare Look-Alikes – Skin Spots", "the comparison")
    # GTK 4.8 check boxes offer no AT-SPI action: tick them with the keyboard.
    for name in ("Petechiae", "Cherry angioma"):
        app.move_focus(lambda n: n.roleName == "check box" and n.name == name, key="Tab",
                       what=f"the {name} check box")
        app.key("space")
    app.find("Comparing 3 conditions.", "status bar")
    app.screenshot(os.path.join(out, "compare.png"))

    app.key("<Control>e")
    # Who the check is for: a child of 5 to 15 (the answers are grouped
    # under their question, where Yes and No appear more than once).
    app.find("Who is the check for?", "heading")
    app.find("5 to 15 years", "push button", action="click").doActionNamed("click")
    time.sleep(0.5)
    for question in ("Is the person pregnant, or did they give birth in the last 6 weeks?",
                     "Is the person's immune system weakened by a treatment or an illness?"):
        group = app.find(question, "panel")
        app.find("No", "push button", within=group, action="click").doActionNamed("click")
    app.screenshot(os.path.join(out, "checklist-who.png"))
    app.click("Continue")
    app.find("If you press a clear glass firmly on the spots, do any of them stay visible?",
             "heading")
    app.screenshot(os.path.join(out, "checklist.png"))
    answers = app.find("Answer", "panel")
    app.find("Yes", "push button", within=answers, action="click").doActionNamed("click")
    app.find("Does the person have a fever, or have they had one since the spots appeared?",
             "heading")
    app.find("Not sure", "push button", within=answers, action="click").doActionNamed("click")
    app.find("Get emergency help now", "heading")
    app.screenshot(os.path.join(out, "checklist-result.png"))
finally:
    app.close()

print("screenshots written to", out)
