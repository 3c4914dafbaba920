"""``python -m quotecheck`` runs the command line."""

from quotecheck.cli import main

main()
