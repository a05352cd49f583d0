#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes the screenshots for the metainfo and the README from the real,
built app at 880 x 600, driving it through AT-SPI, and frames each as
GNOME shows a window: rounded corners and a soft shadow, 980 x 700 in all
(Flathub asks for at most 1000 x 700, with the shadow).

    build-aux/screenshots.sh    (wraps this in Xvfb and a session bus)

Writes data/screenshots/{home,article,search,compare,checklist-who,checklist,checklist-result}.png.
"""
import os
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, "tests", "e2e"))

from spots_driver import SkinSpots, wait_for  # noqa: E402

binary = os.environ.get("SKIN_SPOTS", os.path.join(root, "_build", "src", "skin-spots"))
out = os.path.join(root, "data", "screenshots")
os.makedirs(out, exist_ok=True)

WINDOW = (880, 600)
FRAMED = (980, 700)


def framed(shoot):
    """Wraps app.screenshot: the window's corners rounded, on a shadow."""
    def take(path):
        shoot(path)
        width, height = subprocess.run(["identify", "-format", "%w %h", path], check=True,
                                       capture_output=True, text=True).stdout.split()
        subprocess.run([
            "convert", path, "-alpha", "set",
            "(", "+clone", "-alpha", "transparent", "-fill", "white",
            "-draw", f"roundrectangle 0,0,{int(width) - 1},{int(height) - 1},12,12", ")",
            "-compose", "DstIn", "-composite",
            "(", "+clone", "-background", "black", "-shadow", "40x14+0+6", ")",
            "+swap", "-background", "none", "-compose", "over", "-layers", "merge", "+repage",
            "-gravity", "center", "-background", "none",
            "-extent", f"{FRAMED[0]}x{FRAMED[1]}", path], check=True)
    return take


app = SkinSpots(binary, settings={"window-width": WINDOW[0], "window-height": WINDOW[1]})
app.screenshot = framed(app.screenshot)
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
