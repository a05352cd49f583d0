#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GNOME Shell's view of Skin Spots, over a private session bus: the search
provider answers as the Shell calls it (gdbus), D-Bus activation starts the
program with --gapplication-service, and a second `skin-spots --article`
opens its page in the running window without a warning.

Run as the e2e suite runs it (a display; SKIN_SPOTS, SPOTS_BUILD_DIR set).
The script starts its own bus, with the build's D-Bus service file in its
service folder, and runs itself again inside it."""
import ast
import os
import re
import subprocess
import sys
import tempfile

APP_ID = "io.github.skinspots.SkinSpots"
PROVIDER = ["--dest", APP_ID, "--object-path", "/io/github/skinspots/SkinSpots/SearchProvider"]
binary = os.environ["SKIN_SPOTS"]
build = os.environ["SPOTS_BUILD_DIR"]


def outside():
    """Makes the bus: the session's usual services (the accessibility bus)
    and the build's service file, pointed at the built program."""
    work = tempfile.mkdtemp(prefix="skin-spots-bus-")
    services = os.path.join(work, "services")
    os.makedirs(services)
    installed = open(os.path.join(build, "data", APP_ID + ".service"), encoding="utf-8").read()
    assert f"Name={APP_ID}\n" in installed, installed
    assert "skin-spots --gapplication-service\n" in installed, installed
    exec_line = next(line for line in installed.splitlines() if line.startswith("Exec="))
    with open(os.path.join(services, APP_ID + ".service"), "w", encoding="utf-8") as out:
        out.write(installed.replace(exec_line, f"Exec={binary} --gapplication-service"))
    config = os.path.join(work, "bus.conf")
    with open(config, "w", encoding="utf-8") as out:
        out.write('<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"'
                  ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n'
                  "<busconfig>\n"
                  "  <include>/usr/share/dbus-1/session.conf</include>\n"
                  f"  <servicedir>{services}</servicedir>\n"
                  "</busconfig>\n")
    env = dict(os.environ, SPOTS_PRIVATE_BUS="1", HOME=work, GSETTINGS_BACKEND="memory",
               GSK_RENDERER="cairo", GDK_DEBUG="gl-disable", GDK_DISABLE="gl",
               XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"))
    env.pop("GTK_A11Y", None)
    log_path = os.path.join(work, "bus.log")
    with open(log_path, "w") as log:
        status = subprocess.run(["dbus-run-session", f"--config-file={config}", "--",
                                 sys.executable, os.path.abspath(__file__)],
                                env=env, stderr=log).returncode
    # What the program said while the bus ran it (the daemon's own notes
    # and GTK's on a fresh bus aside).
    said = [line for line in open(log_path, encoding="utf-8", errors="replace")
            if "skin-spots" in line and "dbus-daemon" not in line]
    said += [line for line in open(log_path, encoding="utf-8", errors="replace")
             if "did not unregister" in line or "CRITICAL" in line]
    if said:
        print("the program wrote:\n" + "".join(said))
        status = status or 1
    sys.exit(status)


def call(method, *args):
    out = subprocess.run(["gdbus", "call", "--session", *PROVIDER, "--method",
                          "org.gnome.Shell.SearchProvider2." + method, *args],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def gvariant(text):
    """The gdbus text of a tuple of strings, lists and dicts, as Python."""
    return ast.literal_eval(re.sub(r"@[a-z{}()]+ ", "", text.replace("<", "").replace(">", "")))


def inside():
    # One accessibility bus for the program and for dogtail: this bus's.
    # Both would otherwise take the one an earlier test left on the X
    # display (its AT_SPI_BUS property), or not, depending on the order.
    address = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                              "--object-path", "/org/a11y/bus", "--method",
                              "org.a11y.Bus.GetAddress"],
                             check=True, capture_output=True, text=True).stdout
    address = ast.literal_eval(address)[0]
    os.environ["AT_SPI_BUS_ADDRESS"] = address
    subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                    "--object-path", "/org/freedesktop/DBus", "--method",
                    "org.freedesktop.DBus.UpdateActivationEnvironment",
                    str({"AT_SPI_BUS_ADDRESS": address})], check=True, capture_output=True)

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    # spots_driver first: it sets what stops this process (its comment).
    from spots_driver import wait_for
    from dogtail import tree

    # The first call starts the program on the bus, with no window.
    (results,) = gvariant(call("GetInitialResultSet", "['cherry']"))
    assert results[0] == "cherry-angioma", results
    (narrowed,) = gvariant(call("GetSubsearchResultSet", str(results), "['cherry', 'angioma']"))
    assert narrowed[0] == "cherry-angioma", narrowed
    (nothing,) = gvariant(call("GetInitialResultSet", "['xyzzyq']"))
    assert nothing == [], nothing
    # Accents are folded: "purpura" finds Purpura (Púrpura in Spanish).
    (purpura,) = gvariant(call("GetInitialResultSet", "['purpura']"))
    assert purpura[0] == "purpura", purpura

    metas_text = call("GetResultMetas", "['cherry-angioma', 'no-such-article']")
    (metas,) = gvariant(metas_text)
    assert len(metas) == 1, metas
    assert metas[0]["id"] == "cherry-angioma", metas
    assert metas[0]["name"] == "Cherry angioma", metas
    assert metas[0]["description"].startswith("Small, bright red bumps"), metas
    assert APP_ID in metas_text and "'themed'" in metas_text, metas_text

    def window():
        for app in tree.root.applications():
            if app.name == "skin-spots":
                frames = [f for f in app.children if f.roleName == "frame"]
                if frames:
                    return frames[0]
        return None

    assert window() is None, "a search must not open a window"

    # Choosing a result opens the window on it.
    call("ActivateResult", "cherry-angioma", "['cherry']", "0")
    wait_for(lambda: window() and window().name == "Cherry angioma – Skin Spots",
             "the window on Cherry angioma", seconds=40)

    # "Search in the app": the window's search, filled in.
    call("LaunchSearch", "['itchy', 'rash']", "0")
    wait_for(lambda: window().name == "Search Results – Skin Spots", "the search results")
    wait_for(lambda: window().findChildren(lambda n: n.name == "Heat rash" and
                                           n.roleName in ("list item", "push button", "label")),
             "Heat rash among the results")
    # GTK 4.8 does not expose an entry's text to AT-SPI; the words show in
    # the page that says nothing matched them.
    call("LaunchSearch", "['xyzzyq']", "0")
    wait_for(lambda: window().findChildren(lambda n: n.name == "No topics match “xyzzyq”"),
             "the words searched for")

    # A second instance hands its page over, and says nothing.
    second = subprocess.run([binary, "--article", "petechiae"], capture_output=True, text=True,
                            timeout=60)
    assert second.returncode == 0 and second.stderr == "", second
    wait_for(lambda: window().name == "Petechiae – Skin Spots", "the window on Petechiae")
    second = subprocess.run([binary, "--checklist"], capture_output=True, text=True, timeout=60)
    assert second.returncode == 0 and second.stderr == "", second
    wait_for(lambda: window().name == "Check Warning Signs – Skin Spots", "the checklist")
    # An unknown page is reported to the one who asked, and the window stays.
    second = subprocess.run([binary, "--article", "no-such-page"], capture_output=True, text=True,
                            timeout=60)
    assert second.returncode == 0 and "no-such-page" in second.stderr, second
    assert "did not unregister" not in second.stderr, second
    print("ok: search provider, D-Bus activation and hand-over")


if __name__ == "__main__":
    inside() if os.environ.get("SPOTS_PRIVATE_BUS") else outside()
