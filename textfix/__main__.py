"""``python -m textfix``."""

from .cli import main

main()
