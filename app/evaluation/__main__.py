"""Run ``quote-eval``: ``python -m app.evaluation``."""

import sys

from app.evaluation.cli import main

sys.exit(main())
