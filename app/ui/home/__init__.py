"""The main window and its home view: the reviews list, the first-run welcome, and the review
and account actions of its menus."""
