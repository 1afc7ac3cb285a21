"""Menu actions around the person and the installation: "Your identity", trusting a
card, importing the roster, the welcome, Settings, and About with diagnostics.

Kept out of main_window.py so that file stays about reviews; ``install`` adds the actions
to the window's File and Help menus and returns them (tests trigger them directly).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.home.main_window import MainWindow
    from app.ui.home.welcome_dialog import Choice

log = logging.getLogger(__name__)


@dataclass
class AccountActions:
    identity: QAction
    trust_card: QAction
    import_roster: QAction
    settings: QAction
    welcome: QAction
    about: QAction


# Each action's menu text and status tip, translated when the menus are made.
_WORDS = {
    "identity": (
        QT_TRANSLATE_NOOP("account_actions", "Your &identity…"),
        QT_TRANSLATE_NOOP("account_actions", "Your keys, fingerprint and card"),
    ),
    "trust_card": (
        QT_TRANSLATE_NOOP("account_actions", "&Trust a person's card…"),
        QT_TRANSLATE_NOOP("account_actions", "Trust a partner after checking their fingerprint"),
    ),
    "import_roster": (
        QT_TRANSLATE_NOOP("account_actions", "Import partnership &roster…"),
        QT_TRANSLATE_NOOP(
            "account_actions", "Trust everyone on the roster your partnership lead signed"
        ),
    ),
    "settings": (
        QT_TRANSLATE_NOOP("account_actions", "&Settings…"),
        QT_TRANSLATE_NOOP("account_actions", "Data folder, sync, backups, theme, language"),
    ),
    "welcome": (
        QT_TRANSLATE_NOOP("account_actions", "&Welcome…"),
        QT_TRANSLATE_NOOP("account_actions", "The first-run welcome again"),
    ),
    "about": (
        QT_TRANSLATE_NOOP("account_actions", "&About Peerview"),
        QT_TRANSLATE_NOOP("account_actions", "Versions, and diagnostics to copy"),
    ),
}


def _action(window: MainWindow, text: object, tip: object) -> QAction:
    action = QAction(QCoreApplication.translate("account_actions", str(text)), window)
    action.setStatusTip(QCoreApplication.translate("account_actions", str(tip)))
    return action


def install(window: MainWindow, file_menu: QMenu, help_menu: QMenu) -> AccountActions:
    actions = AccountActions(**{name: _action(window, *words) for name, words in _WORDS.items()})
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.identity.triggered.connect(lambda: show_identity(window))
    actions.trust_card.triggered.connect(lambda: open_identity(window, "trust"))
    actions.import_roster.triggered.connect(lambda: open_identity(window, "roster"))
    actions.settings.triggered.connect(lambda: open_settings(window))
    actions.welcome.triggered.connect(lambda: run_welcome(window))
    actions.about.triggered.connect(lambda: open_about(window))

    # Before Quit, which stays last in File.
    quit_action = file_menu.actions()[-1]
    for action in (actions.identity, actions.trust_card, actions.import_roster):
        file_menu.insertAction(quit_action, action)
    file_menu.insertSeparator(quit_action)
    file_menu.insertAction(quit_action, actions.settings)
    file_menu.insertSeparator(quit_action)
    help_menu.addAction(actions.welcome)
    help_menu.addAction(actions.about)
    return actions


# The identity and welcome dialogs and the demo are imported when used: they bring in the key
# handling (cryptography, keyring) that opening the window does not need.


def show_identity(window: MainWindow) -> None:
    from app.ui.dialogs.identity_dialog import IdentityDialog

    IdentityDialog.show_identity(window.store, window)


def open_identity(window: MainWindow, then: str) -> None:
    """ "Your identity", going straight to choosing a card or a roster file."""
    from app.ui.dialogs.identity_dialog import IdentityDialog

    dialog = IdentityDialog(window.store, window)
    chooser = dialog._choose_card_to_trust if then == "trust" else dialog._choose_roster_import
    QTimer.singleShot(0, dialog, chooser)
    dialog.exec()
    dialog.deleteLater()


def open_settings(window: MainWindow) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    SettingsDialog.edit_settings(window.store, window)


def open_about(window: MainWindow) -> None:
    from app.ui.dialogs.about_dialog import AboutDialog

    AboutDialog.show_about(window.store, window)


def run_welcome(window: MainWindow) -> Choice:
    """Open the welcome and do what the person chose on its last screen."""
    from app.ui.home.welcome_dialog import Choice, WelcomeDialog

    choice, _ = WelcomeDialog.run_welcome(window.store, window)
    if choice is Choice.DEMO:
        from app.services import demo

        review_id = demo.create_demo(window.store)
        window.refresh()
        window.open_review(review_id)
    elif choice is Choice.NEW_REVIEW:
        window.create_review()
    else:
        window.refresh()
    return choice


def welcome_if_first_run(window: MainWindow) -> bool:
    """At start: the welcome, only on a fresh installation. True when it opened."""
    from app.ui.home.welcome_dialog import should_show

    if not should_show(window.store):
        return False
    run_welcome(window)
    return True
